using Workflows.Cli;

// Administrators write regular expressions (form and parameter patterns): a catastrophic one must time out,
// not hang the command. Set before any Regex exists; the runtime reads it once.
AppDomain.CurrentDomain.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromMilliseconds(500));
Console.OutputEncoding = System.Text.Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error);
