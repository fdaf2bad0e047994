using System.Text.Json.Nodes;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Engine.Tests.Persistence;

namespace TthcFlow.Engine.Tests.Scheduling;

/// <summary>Birth registration with a timer activity between the leader's signature and the return of the result.</summary>
internal static class WaitingProcedures
{
    /// <summary>An Elsa.Delay of 2 h 30 min.</summary>
    public static readonly TimeSpan DelayDuration = new(2, 30, 0);

    /// <summary>An Elsa.Timer of 45 min.</summary>
    public static readonly TimeSpan TimerInterval = TimeSpan.FromMinutes(45);

    public const string WithDelay = "birth-signed-then-delay", WithTimer = "birth-signed-then-timer";

    public static WorkflowDefinition[] All() =>
    [
        Build(WithDelay, "Elsa.Delay", "timeSpan", DelayDuration),
        Build(WithTimer, "Elsa.Timer", "interval", TimerInterval),
    ];

    private static WorkflowDefinition Build(string id, string type, string input, TimeSpan duration)
    {
        var json = JsonNode.Parse(DossierWorld.SampleJson("birth-registration.json"))!.AsObject();
        json["definitionId"] = id;
        var root = json["root"]!;
        var timer = new JsonObject
        {
            ["id"] = "waitBeforeReturn",
            ["type"] = type,
            ["version"] = 1,
            [input] = new JsonObject
            {
                ["typeName"] = "TimeSpan",
                ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = duration.ToString("c") },
            },
            ["customProperties"] = new JsonObject(),
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 0, ["y"] = 0 } } },
        };
        root["activities"]!.AsArray().Add(timer);
        foreach (var connection in root["connections"]!.AsArray())
        {
            if ((string?)connection!["source"]!["port"] == "Signed")
                connection["target"]!["activity"] = "waitBeforeReturn";
        }
        root["connections"]!.AsArray().Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = "waitBeforeReturn", ["port"] = "Done" },
            ["target"] = new JsonObject { ["activity"] = "returnResult", ["port"] = "In" },
            ["vertices"] = new JsonArray(),
        });
        return ElsaJson.Read(json.ToJsonString());
    }
}
