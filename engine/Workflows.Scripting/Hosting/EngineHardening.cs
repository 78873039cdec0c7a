using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Workflows.Scripting.Hosting;

/// <summary>
/// Makes a fresh engine safe to reuse across evaluations: it removes what reaches outside the rule (a second realm,
/// garbage-collector timing, thread blocking, the wall clock, last-match statics) and then freezes every object a rule
/// could reach from the global scope, so in strict mode any write to a shared object throws instead of leaking into
/// the next evaluation.
/// </summary>
internal static class EngineHardening
{
    private const string Removals = """
        'use strict';
        // A ShadowRealm carries its own, unfrozen copy of every built-in.
        delete globalThis.ShadowRealm;
        // Garbage-collector timing is not deterministic.
        delete globalThis.WeakRef;
        delete globalThis.FinalizationRegistry;
        // Atomics.wait blocks the host thread.
        delete globalThis.SharedArrayBuffer;
        delete globalThis.Atomics;
        // Temporal.Now reads the server's clock and zone; the rest of Temporal is pure date arithmetic.
        if (typeof Temporal === 'object') delete Temporal.Now;
        // RegExp.$1 and friends remember the last match of the previous evaluation.
        for (const name of ['input', '$_', 'lastMatch', '$&', 'lastParen', '$+', 'leftContext', '$`', 'rightContext', "$'",
            '$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9']) {
            delete RegExp[name];
        }
        """;

    /// <summary>Built-in objects that no global name reaches, found through values that inherit from them.</summary>
    private static readonly string[] HiddenIntrinsics =
    [
        "Object.getPrototypeOf(function* () {})",
        "Object.getPrototypeOf(async function () {})",
        "Object.getPrototypeOf(async function* () {})",
        "Object.getPrototypeOf([][Symbol.iterator]())",
        "Object.getPrototypeOf(new Map()[Symbol.iterator]())",
        "Object.getPrototypeOf(new Set()[Symbol.iterator]())",
        "Object.getPrototypeOf(''[Symbol.iterator]())",
        "Object.getPrototypeOf(/a/[Symbol.matchAll](''))",
        "Object.getPrototypeOf([].values().map(x => x))",
        "Object.getPrototypeOf(Iterator.from({ next() { return { done: true }; } }))",
        "Object.getPrototypeOf(new Intl.Segmenter().segment(''))",
        "Object.getPrototypeOf(new Intl.Segmenter().segment('')[Symbol.iterator]())",
    ];

    public static void Harden(Engine engine, SeededRandom random)
    {
        engine.Execute(Removals);

        var math = engine.Global.Get("Math").AsObject();
        var draw = new ClrFunction(engine, "random", (_, _) => random.Next(), 0, PropertyFlag.Configurable);
        math.DefineOwnProperty("random", new PropertyDescriptor(draw, PropertyFlag.Writable | PropertyFlag.Configurable));

        var roots = new List<JsValue> { engine.Global };
        foreach (var expression in HiddenIntrinsics)
        {
            try
            {
                roots.Add(engine.Evaluate(expression));
            }
            catch (JavaScriptException)
            {
                // A built-in this Jint version lacks has no prototype to freeze.
            }
        }

        FreezeAll(engine, roots);
    }

    private static void FreezeAll(Engine engine, List<JsValue> roots)
    {
        var freeze = engine.Intrinsics.Object.Get("freeze");
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<JsValue>(roots);
        while (pending.Count > 0)
        {
            if (pending.Pop() is not ObjectInstance obj || !seen.Add(obj))
            {
                continue;
            }

            foreach (var key in obj.GetOwnPropertyKeys(Types.String | Types.Symbol))
            {
                var descriptor = obj.GetOwnProperty(key);
                if (descriptor.IsAccessorDescriptor())
                {
                    pending.Push(descriptor.Get ?? JsValue.Undefined);
                    pending.Push(descriptor.Set ?? JsValue.Undefined);
                }
                else
                {
                    pending.Push(descriptor.Value);
                }
            }

            if (obj.Prototype is { } prototype)
            {
                pending.Push(prototype);
            }

            engine.Call(freeze, obj);
        }
    }
}
