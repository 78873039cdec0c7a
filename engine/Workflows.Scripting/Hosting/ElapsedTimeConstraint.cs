using System.Diagnostics;
using Jint;

namespace Workflows.Scripting.Hosting;

/// <summary>
/// The evaluation time limit, read from the monotonic <see cref="Stopwatch"/> before statements. Jint's own time limit
/// arms a timer (a <see cref="CancellationTokenSource"/> with a timeout) on every call, which costs more than a short
/// guard takes to run; this one only stores the deadline. The clock is read every <see cref="Stride"/> statements, so
/// a runaway loop is stopped within a few microseconds of its deadline.
/// </summary>
internal sealed class ElapsedTimeConstraint(TimeSpan timeout) : Constraint
{
    private const int Stride = 64;

    private readonly long _budget = (long)(timeout.TotalSeconds * Stopwatch.Frequency);
    private long _deadline;
    private int _countdown;

    public override void Check()
    {
        if (--_countdown > 0)
        {
            return;
        }

        _countdown = Stride;
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new TimeoutException();
        }
    }

    public override void Reset()
    {
        _deadline = Stopwatch.GetTimestamp() + _budget;
        _countdown = 1;
    }
}
