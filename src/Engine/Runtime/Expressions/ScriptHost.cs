using System.Text.Json;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Runtime;
using TthcFlow.Engine.Runtime.Execution;
using JintEngine = Jint.Engine;
using JintJsonParser = Jint.Native.Json.JsonParser;
using JintJsonSerializer = Jint.Native.Json.JsonSerializer;

namespace TthcFlow.Engine.Runtime.Expressions;

/// <summary>
/// One Jint engine for one command on one instance, with Elsa's JavaScript API over the workflow's
/// variables — <c>getVariable('x')</c>, <c>setVariable('x', v)</c>, per-variable <c>getX()</c> /
/// <c>setX(v)</c>, the <c>variables</c> object, a loop's <c>getCurrentValue()</c> /
/// <c>getCurrentIndex()</c> — and the dossier's data as <c>input</c> (also <c>dossier</c>).
/// Every expression runs under a statement, recursion, memory and time budget, so a bad script
/// faults its activity instead of hanging the engine.
/// </summary>
internal sealed partial class ScriptHost
{
    private readonly InstanceRun _run;
    private readonly JintEngine _engine;
    private readonly JintJsonParser _parser;
    private readonly JintJsonSerializer _serializer;
    private Scope? _scope;

    public ScriptHost(InstanceRun run)
    {
        _run = run;
        var options = run.Options;
        _engine = new JintEngine(o => o
            .MaxStatements(options.ScriptStatementLimit)
            .LimitRecursion(options.ScriptRecursionLimit)
            .LimitMemory(options.ScriptMemoryLimitBytes)
            .TimeoutInterval(options.ScriptTimeout));
        _parser = new JintJsonParser(_engine);
        _serializer = new JintJsonSerializer(_engine);

        _engine.SetValue("getVariable", new Func<string, JsValue>(Read));
        _engine.SetValue("setVariable", new Action<string, JsValue>(Write));
        foreach (var variable in run.Graph.Variables)
        {
            var name = variable.Name;
            var pascal = Pascalize(name);
            _engine.SetValue("get" + pascal, new Func<JsValue>(() => Read(name)));
            _engine.SetValue("set" + pascal, new Action<JsValue>(value => Write(name, value)));
        }

        _engine.SetValue("getCurrentValue", new Func<JsValue>(() => Read("CurrentValue")));
        _engine.SetValue("getCurrentIndex", new Func<JsValue>(() => Read("CurrentIndex")));
        var input = run.InputJson is null ? new JsObject(_engine) : _parser.Parse(run.InputJson);
        _engine.SetValue("input", input);
        _engine.SetValue("dossier", input);
    }

    public JsonElement Evaluate(Scope scope, string script)
    {
        var prepared = ScriptCache.Get(script);
        _scope = scope;
        var usesVariablesObject = script.Contains("variables", StringComparison.Ordinal);
        try
        {
            var before = usesVariablesObject ? ExposeVariablesObject() : null;
            var result = _engine.Evaluate(prepared);
            if (before is not null)
                CopyBackVariablesObject(before);
            return ToElement(result);
        }
        catch (JavaScriptException e)
        {
            throw new ActivityFaultException($"The script failed: {e.Message}");
        }
        catch (Exception e) when (e is StatementsCountOverflowException or RecursionDepthOverflowException
                                       or MemoryLimitExceededException or TimeoutException)
        {
            throw new ActivityFaultException($"The script exceeded its budget: {e.Message}");
        }
    }

    private JsValue Read(string name)
    {
        if (_scope is null || !_run.TryReadVariable(_scope, name, out var json))
            return JsValue.Undefined;
        return json is null ? JsValue.Null : _parser.Parse(json);
    }

    private void Write(string name, JsValue value)
    {
        if (_scope is not null)
            _run.WriteVariable(_scope, name, ToElement(value));
    }

    private JsonElement ToElement(JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
            return Values.Null;
        if (value.IsString())
            return Values.FromString(value.AsString());
        var json = _serializer.Serialize(value);
        return json.IsString() ? Values.Parse(json.AsString()) : Values.Null;
    }

    /// <summary>Elsa's <c>variables.X</c>: a copy of the workflow variables, written back after the script.</summary>
    private Dictionary<string, string?> ExposeVariablesObject()
    {
        var container = new JsObject(_engine);
        var before = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var variable in _run.Graph.Variables)
        {
            var json = _run.Variables[_run.Graph.VariableIndex(variable.Name)];
            before[variable.Name] = json;
            container.Set(variable.Name, json is null ? JsValue.Null : _parser.Parse(json));
        }

        _engine.SetValue("variables", container);
        return before;
    }

    private void CopyBackVariablesObject(Dictionary<string, string?> before)
    {
        var container = _engine.GetValue("variables");
        if (container is not JsObject jsObject)
            return;
        foreach (var (name, original) in before)
        {
            var after = ToElement(jsObject.Get(name));
            if (Values.ToJson(after) != original)
                _run.WriteVariable(_scope!, name, after);
        }
    }

    /// <summary>Elsa's accessor names: <c>myNumber</c> → <c>MyNumber</c>, <c>my_number</c> → <c>MyNumber</c>.</summary>
    internal static string Pascalize(string name) => PascalizeRegex().Replace(name, m => m.Groups[1].Value.ToUpperInvariant());

    [GeneratedRegex("(?:^|_| +)(.)")]
    private static partial Regex PascalizeRegex();
}
