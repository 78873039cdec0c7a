using System.Buffers.Binary;
using System.Text;

namespace Workflows.Runtime.Simulation;

/// <summary>
/// Random draws that depend only on the seed and what they are for (a task id, a purpose, an attempt), never on the
/// order of the draws: a change in one part of a simulation does not reshuffle the luck of every other part.
/// FNV-1a over the UTF-8 key, then a SplitMix64 finaliser; stable across processes and platforms. Nothing is
/// allocated: a daily draw over ten years for every task of a large directory is millions of draws.
/// </summary>
internal static class DeterministicRandom
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static double Unit(int seed, string subject, string purpose, int attempt) => For(seed, subject, purpose).Unit(attempt);

    /// <summary>The draws for one subject and purpose, by attempt: the key's common part is hashed once.</summary>
    public static Draws For(int seed, string subject, string purpose)
    {
        var hash = MixInt(Offset, seed);
        hash = MixText(hash, subject);
        hash = (hash ^ 0) * Prime;
        hash = MixText(hash, purpose);
        return new Draws(hash);
    }

    private static ulong MixInt(ulong hash, int value)
    {
        // BitConverter's byte order on every platform .NET runs on here (little-endian), fixed so the draws are too.
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return Mix(hash, bytes);
    }

    private static ulong MixText(ulong hash, string text)
    {
        var count = Encoding.UTF8.GetByteCount(text);
        Span<byte> bytes = count <= 256 ? stackalloc byte[count] : new byte[count];
        Encoding.UTF8.GetBytes(text, bytes);
        return Mix(hash, bytes);
    }

    private static ulong Mix(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }

    /// <summary>Draws in [0, 1) for one key prefix.</summary>
    public readonly struct Draws(ulong prefix)
    {
        public double Unit(int attempt)
        {
            var z = MixInt(prefix, attempt) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
