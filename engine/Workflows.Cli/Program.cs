using System.CommandLine;

var root = new RootCommand("workflows — validate, evaluate and simulate governance programmes");
return root.Parse(args).Invoke();
