namespace Workflows.Benchmarks.Peer;

/// <summary>Counts completed workflows and completes <see cref="All"/> when the expected number have finished.</summary>
public sealed class CompletionCounter
{
    private int _remaining;
    private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task All => _all.Task;

    public void Reset(int expected)
    {
        _remaining = expected;
        _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Signal()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _all.TrySetResult();
        }
    }
}
