using System.Text;

namespace Workflows.Runtime.Simulation;

/// <summary>
/// Random draws that depend only on the seed and what they are for (a task id, a purpose, an attempt), never on the
/// order of the draws: a change in one part of a simulation does not reshuffle the luck of every other part.
/// FNV-1a over the UTF-8 key, then a SplitMix64 finaliser; stable across processes and platforms.
/// </summary>
internal static class DeterministicRandom
{
    public static double Unit(int seed, string subject, string purpose, int attempt)
    {
        var hash = 14695981039346656037UL;
        hash = Mix(hash, BitConverter.GetBytes(seed));
        hash = Mix(hash, Encoding.UTF8.GetBytes(subject));
        hash = Mix(hash, [0]);
        hash = Mix(hash, Encoding.UTF8.GetBytes(purpose));
        hash = Mix(hash, BitConverter.GetBytes(attempt));
        var z = hash + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Mix(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
