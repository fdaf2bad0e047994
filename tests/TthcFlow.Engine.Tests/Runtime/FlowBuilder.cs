using System.Text.Json.Nodes;

namespace TthcFlow.Engine.Tests.Runtime;

/// <summary>Writes small flowcharts in Elsa 3.6 JSON, read back through the real reader.</summary>
internal sealed class FlowBuilder(string definitionId = "test-flow", int version = 1)
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];

    public FlowBuilder Variable(string name, string typeName, string? value)
    {
        _variables.Add(new JsonObject { ["id"] = "var-" + name, ["name"] = name, ["typeName"] = typeName, ["value"] = value });
        return this;
    }

    public FlowBuilder Activity(string id, string type, JsonObject? inputs = null, string? mergeMode = null)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, value) in inputs ?? [])
            activity[name] = value?.DeepClone();
        if (mergeMode is not null)
            activity["customProperties"] = new JsonObject { ["mergeMode"] = mergeMode };
        _activities.Add(activity);
        return this;
    }

    public FlowBuilder Start(string id = "start") => Activity(id, "Elsa.Start");

    public FlowBuilder End(string id = "end") => Activity(id, "Elsa.End");

    public FlowBuilder WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", new() { ["text"] = Literal("String", text) });

    public FlowBuilder WriteLineScript(string id, string script) => Activity(id, "Elsa.WriteLine", new() { ["text"] = Script("String", script) });

    public FlowBuilder Officer(string id, params string[] outcomes) => Activity(id, "TthcFlow.OfficerStep", new()
    {
        ["title"] = Literal("String", "Bước " + id),
        ["role"] = Literal("String", "Specialist"),
        ["allotment"] = Literal("Double", 4),
        ["action"] = Literal("String", "Appraise"),
        ["outcomes"] = Object("String[]", new JsonArray(outcomes.Select(o => (JsonNode?)o).ToArray())),
    });

    public FlowBuilder Fork(string id, params string[] branches) =>
        Activity(id, "Elsa.FlowFork", new() { ["branches"] = Object("String[]", new JsonArray(branches.Select(b => (JsonNode?)b).ToArray())) });

    public FlowBuilder Join(string id, string mode) => Activity(id, "Elsa.FlowJoin", new() { ["mode"] = Literal("FlowJoinMode", mode) });

    public FlowBuilder Decision(string id, string script) => Activity(id, "Elsa.FlowDecision", new() { ["condition"] = Script("Boolean", script) });

    public FlowBuilder Delay(string id, string timeSpan) => Activity(id, "Elsa.Delay", new() { ["timeSpan"] = Literal("TimeSpan", timeSpan) });

    public FlowBuilder SetVariable(string id, string variable, JsonObject value) =>
        Activity(id, "Elsa.SetVariable", new() { ["variable"] = new JsonObject { ["id"] = "var-" + variable, ["name"] = variable }, ["value"] = value });

    public FlowBuilder Connect(string from, string to, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = from, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
            ["vertices"] = new JsonArray(),
        });
        return this;
    }

    public JsonObject Json() => new()
    {
        ["definitionId"] = definitionId,
        ["version"] = version,
        ["variables"] = _variables.DeepClone(),
        ["customProperties"] = new JsonObject
        {
            ["procedure"] = new JsonObject
            {
                ["code"] = "1.000000.000.00.00.H56",
                ["name"] = "Thủ tục thử nghiệm",
                ["field"] = "Thử nghiệm",
                ["competentLevel"] = "Commune",
                ["legalLimit"] = new JsonObject { ["value"] = 20, ["unit"] = "WorkingDays" },
                ["channels"] = new JsonArray(1, 2),
            },
        },
        ["root"] = new JsonObject
        {
            ["id"] = "flowchart",
            ["type"] = "Elsa.Flowchart",
            ["activities"] = _activities.DeepClone(),
            ["connections"] = _connections.DeepClone(),
        },
    };

    public Flow Build() => RuntimeHarness.FromJson(Json());

    public static JsonObject Literal(string typeName, JsonNode? value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    public static JsonObject Object(string typeName, JsonNode value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = value.ToJsonString() } };

    public static JsonObject Script(string typeName, string script) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = script } };

    public static JsonObject VariableRef(string typeName, string name) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Variable", ["value"] = name } };
}
