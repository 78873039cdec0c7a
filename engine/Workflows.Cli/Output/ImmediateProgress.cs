namespace Workflows.Cli.Output;

/// <summary>Reports progress on the caller's thread; <see cref="Progress{T}"/> would post it elsewhere, out of order.</summary>
public sealed class ImmediateProgress(Action<double> report) : IProgress<double>
{
    public void Report(double value) => report(value);
}
