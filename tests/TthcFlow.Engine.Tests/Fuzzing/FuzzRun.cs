using CsCheck;
using Xunit.Abstractions;

namespace TthcFlow.Engine.Tests.Fuzzing;

/// <summary>
/// Runs a fuzz target over cases drawn from a CsCheck generator by a PCG seeded with a fixed
/// number, so every run (and CI) sees the same cases in the same order. A failing case is
/// reported with its index and text; the count per target is printed as
/// <c>fuzz {target}: {n} cases</c> (the test command collects these lines).
/// </summary>
public static class FuzzRun
{
    /// <summary>The first <paramref name="count"/> values of <paramref name="gen"/> for <paramref name="seed"/>.</summary>
    public static IEnumerable<T> Cases<T>(Gen<T> gen, ulong seed, int count)
    {
        var pcg = new PCG(1, seed);
        for (int i = 0; i < count; i++)
            yield return gen.Generate(pcg, null, out _);
    }

    /// <summary>Checks every case; stops at the first failure with the case in the message.</summary>
    public static async Task<int> CheckAsync<T>(ITestOutputHelper output, string target, Gen<T> gen, ulong seed, int count,
        Func<T, Task> property, Func<T, string> describe)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        int n = 0;
        foreach (var value in Cases(gen, seed, count))
        {
            try
            {
                await property(value);
            }
            catch (Exception e)
            {
                throw new FuzzFailure(target, seed, n, Shorten(describe(value)), e);
            }
            n++;
        }
        output.WriteLine($"fuzz {target}: {n} cases, seed {seed}, {started.Elapsed.TotalSeconds:0.0} s");
        return n;
    }

    public static int Check<T>(ITestOutputHelper output, string target, Gen<T> gen, ulong seed, int count,
        Action<T> property, Func<T, string> describe) =>
        CheckAsync(output, target, gen, seed, count, v => { property(v); return Task.CompletedTask; }, describe).GetAwaiter().GetResult();

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + $"… ({text.Length} characters)";
}

/// <summary>A fuzz case that broke the property: the target, the seed and index to replay it, and the case.</summary>
public sealed class FuzzFailure(string target, ulong seed, int index, string input, Exception inner)
    : Exception($"fuzz {target}, seed {seed}, case {index}: {inner.GetType().Name}: {inner.Message}\ninput: {input}", inner);
