using System.Text.Json.Nodes;

namespace Workflows.Scripting.Hosting;

/// <summary>
/// <c>Math.random</c> inside the sandbox. It is kept rather than removed because programmes do sample units at random
/// (spot checks, 随机抽查), but the draw must be reproducible for audit and for rule tests: the sequence is seeded
/// from the evaluation's input JSON text, so the same input always draws the same numbers and a different unit or
/// instant draws different ones.
/// </summary>
internal sealed class SeededRandom
{
    private object? _input;
    private bool _seeded;
    private ulong _state;

    /// <summary>Seeds the next draws from <paramref name="input"/>: a <see cref="JsonObject"/> or <see cref="RuleArguments"/>.</summary>
    public void Reset(object input)
    {
        _input = input;
        _seeded = false;
    }

    public void Clear()
    {
        _input = null;
        _seeded = false;
    }

    public double Next()
    {
        // Hashing the input costs a serialisation, so only evaluations that draw pay for it.
        if (!_seeded)
        {
            _state = Fnv1A(_input switch
            {
                JsonObject json => json.ToJsonString(),
                RuleArguments parts => parts.ToJsonObject().ToJsonString(),
                _ => "",
            });
            _seeded = true;
        }

        // SplitMix64: tiny, stateless apart from one word, and well distributed in its top 53 bits.
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Fnv1A(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return hash;
    }
}
