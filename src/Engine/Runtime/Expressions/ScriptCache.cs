using System.Collections.Concurrent;
using Acornima.Ast;
using Jint;
using JintEngine = Jint.Engine;
using TthcFlow.Engine.Runtime.Execution;

namespace TthcFlow.Engine.Runtime.Expressions;

/// <summary>
/// Parsed scripts, one per distinct expression text, shared by every instance and thread (Jint's
/// prepared scripts are immutable). A top-level <c>return</c> is allowed, as Elsa allows it.
/// </summary>
internal static class ScriptCache
{
    /// <summary>Above this many distinct scripts new ones are parsed each time instead of kept.</summary>
    private const int Capacity = 20_000;

    private static readonly ConcurrentDictionary<string, Prepared<Script>> Scripts = new(StringComparer.Ordinal);

    private static readonly ScriptPreparationOptions Options = new()
    {
        ParsingOptions = ScriptParsingOptions.Default with { AllowReturnOutsideFunction = true },
    };

    public static Prepared<Script> Get(string script)
    {
        if (Scripts.TryGetValue(script, out var prepared))
            return prepared;
        try
        {
            prepared = JintEngine.PrepareScript(script, options: Options);
        }
        catch (ScriptPreparationException e)
        {
            throw new ActivityFaultException($"The script does not parse: {e.InnerException?.Message ?? e.Message}");
        }

        if (Scripts.Count < Capacity)
            Scripts.TryAdd(script, prepared);
        return prepared;
    }
}
