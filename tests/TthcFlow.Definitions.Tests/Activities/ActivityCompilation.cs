using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Tests.Activities;

/// <summary>Compiles one activity, written as Elsa JSON, with the default catalogue.</summary>
internal static class ActivityCompilation
{
    public static (ActivitySettings Settings, IReadOnlyList<string> Ports, List<ValidationIssue> Issues) Compile(
        string activityJson, ValidationContext? context = null, string variablesJson = "[]")
    {
        var definition = ElsaJson.Read($$"""
            { "definitionId": "test", "variables": {{variablesJson}},
              "root": { "id": "Flowchart1", "type": "Elsa.Flowchart", "activities": [ {{activityJson}} ], "connections": [] } }
            """);
        var activity = definition.Root.Activities![0];
        var type = ActivityCatalogue.Default.Find(activity.Type)!;
        var issues = new List<ValidationIssue>();
        var settings = type.CompileSettings(activity,
            new SettingsContext(activity, type.Descriptor, definition, context ?? ValidationContext.Default, issues));
        return (settings, type.Ports(settings), issues);
    }

    /// <summary>A wrapped input as Elsa Studio writes it.</summary>
    public static string Input(string name, string typeName, string expressionType, string valueJson) =>
        $$"""
        "{{name}}": { "typeName": "{{typeName}}", "expression": { "type": "{{expressionType}}", "value": {{valueJson}} } }
        """;
}
