using System.Text.Json;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// <c>Elsa.FlowSwitch</c>: takes the port of the first (or every) case whose condition holds, else
/// <c>Default</c> (rẽ nhiều nhánh). Elsa writes <c>cases</c> as a plain array
/// <c>[{"label":"A","condition":{"type":"JavaScript","value":"…"}}]</c>, not as a wrapped input.
/// </summary>
public sealed class FlowSwitchActivity : ActivityType
{
    public const string DefaultPort = "Default";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.FlowSwitch,
        DisplayName = new("Rẽ nhiều nhánh", "Switch"),
        Category = "Branching",
        Description = new("Đi theo nhánh của trường hợp có điều kiện đúng, nếu không thì nhánh Default.",
            "Takes the port of the case whose condition holds, else Default."),
        Inputs =
        [
            new("cases", "FlowSwitchCase[]", InputEditor.Cases, false, null, new("Các trường hợp", "Cases")),
            new("mode", "SwitchMode", InputEditor.Select, false, InputDescriptor.Json("\"MatchFirst\""), new("Cách chọn", "Mode"))
            {
                Options =
                [
                    new("MatchFirst", new("Trường hợp đúng đầu tiên", "First match")),
                    new("MatchAny", new("Mọi trường hợp đúng", "Every match")),
                ],
            },
        ],
        OutcomesInput = "cases",
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context)
    {
        var cases = new List<SwitchCase>();
        var json = activity.Properties["cases"];
        if (json is JsonObject)
            json = context.Json("cases");
        if (json is JsonArray array)
        {
            foreach (var item in array)
            {
                var label = item?["label"] is JsonValue l && l.GetValueKind() == JsonValueKind.String ? l.GetValue<string>() : "";
                var condition = item?["condition"] switch
                {
                    JsonObject e => new Expression(e["type"]?.GetValue<string>() ?? ExpressionTypes.Literal, e["value"]?.DeepClone()),
                    { } bare => Expression.Literal(bare.DeepClone()),
                    null => Expression.Literal(false),
                };
                if (label.Length == 0 || cases.Any(c => c.Label == label) || label == DefaultPort)
                {
                    context.Invalid("cases", $"có nhãn trống, trùng nhau hoặc là “{DefaultPort}”",
                        $"has an empty or repeated label, or the label \"{DefaultPort}\"");
                    continue;
                }

                cases.Add(new SwitchCase(label, condition));
            }
        }
        else if (json is not null)
        {
            context.Invalid("cases", "phải là một danh sách trường hợp", "must be a list of cases");
        }

        var mode = context.Text("mode") ?? "MatchFirst";
        if (!Enum.TryParse<SwitchMode>(mode, out var switchMode) || !Enum.IsDefined(switchMode))
        {
            context.Invalid("mode", "phải là MatchFirst hoặc MatchAny", "must be MatchFirst or MatchAny");
            switchMode = SwitchMode.MatchFirst;
        }

        return new FlowSwitchSettings(cases, switchMode);
    }

    public override IReadOnlyList<string> Ports(ActivitySettings settings) =>
        settings is FlowSwitchSettings s ? [.. s.Cases.Select(c => c.Label), DefaultPort] : [DefaultPort];
}

/// <summary>Whether a switch takes the first matching case or every matching case.</summary>
public enum SwitchMode
{
    MatchFirst,
    MatchAny,
}

/// <summary>A case: its port label and its condition.</summary>
public sealed record SwitchCase(string Label, Expression Condition);

/// <summary>The cases in order and the mode.</summary>
public sealed record FlowSwitchSettings(IReadOnlyList<SwitchCase> Cases, SwitchMode Mode) : ActivitySettings
{
    public bool Equals(FlowSwitchSettings? other) => other is not null && Mode == other.Mode && Cases.SequenceEqual(other.Cases);

    public override int GetHashCode() => HashCode.Combine(Mode, Cases.Count);
}
