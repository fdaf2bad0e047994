using System.Text.Json;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Definitions.Activities;

/// <summary>When an escalation fires, relative to a task's due time.</summary>
public enum EscalationPoint
{
    /// <summary>Sắp đến hạn.</summary>
    NearDue,

    /// <summary>Đến hạn.</summary>
    Due,

    /// <summary>Quá hạn.</summary>
    Overdue,
}

/// <summary>
/// Who is notified when a task nears its due time, reaches it, or passes it (cảnh báo, nhắc việc):
/// <c>{"at":"Overdue","notify":"Leader"}</c>. <see cref="Notify"/> is <c>Assignee</c>,
/// <c>HeadOfUnit</c> or a role code.
/// </summary>
public sealed record Escalation(EscalationPoint At, string Notify)
{
    public const string Assignee = "Assignee";
    public const string HeadOfUnit = "HeadOfUnit";

    /// <summary>NearDue → assignee, Due → head of unit, Overdue → leader.</summary>
    public static IReadOnlyList<Escalation> Defaults { get; } =
    [
        new(EscalationPoint.NearDue, Assignee),
        new(EscalationPoint.Due, HeadOfUnit),
        new(EscalationPoint.Overdue, RoleCodes.Leader),
    ];

    /// <summary>The JSON text of <see cref="Defaults"/>.</summary>
    public const string DefaultsJson =
        """[{"at":"NearDue","notify":"Assignee"},{"at":"Due","notify":"HeadOfUnit"},{"at":"Overdue","notify":"Leader"}]""";

    /// <summary>Reads the named escalations input, reporting bad items; the defaults when absent.</summary>
    internal static IReadOnlyList<Escalation> Read(SettingsContext context, string name)
    {
        if (context.Json(name) is not { } json)
            return Defaults;
        if (json is not JsonArray array)
        {
            context.Invalid(name, "phải là một danh sách {at, notify}", "must be a list of {at, notify}");
            return Defaults;
        }

        var roles = context.Validation.RoleCodes;
        var result = new List<Escalation>();
        foreach (var item in array)
        {
            var at = Text(item, "at");
            var notify = Text(item, "notify");
            var validAt = Enum.TryParse<EscalationPoint>(at, out var point) && Enum.IsDefined(point) && !int.TryParse(at, out _);
            var validNotify = notify is Assignee or HeadOfUnit
                || (notify is { Length: > 0 } && (roles?.Contains(notify) ?? RoleCodes.All.Contains(notify)));
            if (!validAt || !validNotify)
            {
                context.Invalid(name, $"có mục không hợp lệ ({at ?? "?"} → {notify ?? "?"}): “at” là NearDue, Due hoặc Overdue; “notify” là Assignee, HeadOfUnit hoặc một mã vai trò",
                    $"has an invalid item ({at ?? "?"} → {notify ?? "?"}): \"at\" is NearDue, Due or Overdue; \"notify\" is Assignee, HeadOfUnit or a role code");
                continue;
            }

            result.Add(new Escalation(point, notify!));
        }

        return result;
    }

    private static string? Text(JsonNode? item, string name) =>
        item is JsonObject o && o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
