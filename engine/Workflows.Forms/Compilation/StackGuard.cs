using System.Runtime.ExceptionServices;

namespace Workflows.Forms.Compilation;

/// <summary>
/// Runs deeply recursive work where it cannot overflow the stack. JsonSchema.Net evaluates recursively, about 2 KB
/// of stack per nested subschema; a thread-pool thread has 1.5 MB. Work whose estimated nesting (data depth times
/// the longest same-value chain of subschemas) fits comfortably runs inline; deeper work runs on a dedicated thread
/// with a stack sized for it.
/// </summary>
internal static class StackGuard
{
    /// <summary>Nested evaluations that run inline: about 400 KB of stack.</summary>
    public const long InlineNesting = 200;

    private const long BytesPerNesting = 4 * 1024;
    private const long MinStack = 1024 * 1024;
    private const long MaxStack = 512L * 1024 * 1024;

    /// <summary>The nesting an evaluation may reach: every data level may add a chain of same-value subschemas.</summary>
    public static long Nesting(int dataDepth, int inPlaceHeight) => (dataDepth + 1L) * (inPlaceHeight + 2L);

    public static T Run<T>(long nesting, Func<T> work)
    {
        if (nesting <= InlineNesting) return work();
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var stack = (int)Math.Clamp(MinStack + (nesting * BytesPerNesting), MinStack, MaxStack);
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
#pragma warning disable CA1031 // Rethrown on the calling thread below.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }
            },
            stack)
        {
            IsBackground = true,
            Name = "Workflows.Forms deep evaluation",
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
