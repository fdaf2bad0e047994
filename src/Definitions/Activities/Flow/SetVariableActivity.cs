using System.Text.Json;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// <c>Elsa.SetVariable</c>: sets a workflow variable to a value (gán biến). The <c>variable</c>
/// property is the variable itself as Elsa writes it (<c>{"id":…,"name":…}</c>), not a wrapped input.
/// </summary>
public sealed class SetVariableActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.SetVariable,
        DisplayName = new("Gán biến", "Set variable"),
        Category = "Primitives",
        Description = new("Gán giá trị cho một biến của quy trình.", "Sets a workflow variable."),
        Inputs =
        [
            new("variable", "Variable", InputEditor.Select, true, null, new("Biến", "Variable")),
            new("value", "Object", InputEditor.Expression, false, null, new("Giá trị", "Value")),
        ],
        Outcomes = ["Done"],
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context)
    {
        var (id, name) = activity.Properties["variable"] switch
        {
            JsonObject v => (Str(v["id"]), Str(v["name"])),
            JsonValue v when v.GetValueKind() == JsonValueKind.String => (null, v.GetValue<string>()),
            _ => (null, null),
        };
        var declared = context.Definition.Variables.FirstOrDefault(v => (id is not null && v.Id == id) || (id is null && v.Name == name));
        if (id is null && name is null)
        {
            context.Error(IssueCodes.RequiredInput, "variable", "Chưa chọn biến cần gán.", "No variable is chosen.");
        }
        else if (declared is null)
        {
            context.Error(IssueCodes.UnknownVariable, "variable", $"Quy trình không có biến “{name ?? id}”.",
                $"The workflow has no variable \"{name ?? id}\".");
        }

        return new SetVariableSettings(declared?.Id ?? id ?? "", declared?.Name ?? name ?? "", context.Expression("value"));
    }

    private static string? Str(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}

/// <summary>The variable (by id and name) and the value expression.</summary>
public sealed record SetVariableSettings(string VariableId, string VariableName, Expression? Value) : ActivitySettings;
