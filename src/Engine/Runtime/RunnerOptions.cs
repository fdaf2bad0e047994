namespace TthcFlow.Engine.Runtime;

/// <summary>Safety limits of the runtime. The defaults suit procedures; tests lower them.</summary>
public sealed record RunnerOptions
{
    /// <summary>
    /// Activities one command may execute before the instance faults (a loop with no wait in it
    /// would otherwise never return).
    /// </summary>
    public int MaxStepsPerCommand { get; init; } = 10_000;

    /// <summary>JavaScript statements one expression may execute (deterministic bound on loops).</summary>
    public int ScriptStatementLimit { get; init; } = 100_000;

    /// <summary>JavaScript call depth.</summary>
    public int ScriptRecursionLimit { get; init; } = 64;

    /// <summary>Memory one script may allocate.</summary>
    public long ScriptMemoryLimitBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Wall-clock backstop for one expression (regular expressions and native calls the statement
    /// limit does not count). Reached only by scripts that are broken anyway.
    /// </summary>
    public TimeSpan ScriptTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public static RunnerOptions Default { get; } = new();
}
