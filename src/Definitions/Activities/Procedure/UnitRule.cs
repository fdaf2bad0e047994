using System.Text.Json;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// Where a task or a transfer lands (đơn vị xử lý), resolved per dossier by the organisation model:
/// <c>{"kind":"Receiving"}</c>, <c>{"kind":"Competent"}</c>, <c>{"kind":"Fixed","agency":"000.00.12.H56"}</c>,
/// <c>{"kind":"Vertical","agencyKind":"Tax"}</c>, <c>{"kind":"Parent"}</c> (see <see cref="UnitRuleKinds"/>).
/// </summary>
public sealed record UnitRule(string Kind, string? Agency = null, string? AgencyKind = null)
{
    /// <summary>Nơi tiếp nhận hồ sơ.</summary>
    public static UnitRule Receiving { get; } = new(UnitRuleKinds.Receiving);

    /// <summary>Cơ quan có thẩm quyền giải quyết.</summary>
    public static UnitRule Competent { get; } = new(UnitRuleKinds.Competent);

    /// <summary>Cơ quan cấp trên của cơ quan có thẩm quyền.</summary>
    public static UnitRule Parent { get; } = new(UnitRuleKinds.Parent);

    public static UnitRule Fixed(string agencyEId) => new(UnitRuleKinds.Fixed, agencyEId);

    public static UnitRule Vertical(VerticalNetwork network) => new(UnitRuleKinds.Vertical, null, network.ToString());

    /// <summary>The JSON object form (a new tree).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["kind"] = Kind };
        if (Agency is not null)
            json["agency"] = Agency;
        if (AgencyKind is not null)
            json["agencyKind"] = AgencyKind;
        return json;
    }

    /// <summary>Reads the named unit-rule input, reporting a bad rule; the default when absent or bad.</summary>
    internal static UnitRule Read(SettingsContext context, string name, UnitRule defaultRule)
    {
        if (context.Json(name) is not { } json)
            return defaultRule;
        var kind = Text(json, "kind");
        var rule = new UnitRule(kind ?? "", Text(json, "agency"), Text(json, "agencyKind"));
        string? problemVi = null, problemEn = null;
        if (json is not JsonObject || kind is null || !UnitRuleKinds.All.Contains(kind))
        {
            (problemVi, problemEn) = ($"“kind” phải là một trong {string.Join(", ", UnitRuleKinds.All)}",
                $"\"kind\" must be one of {string.Join(", ", UnitRuleKinds.All)}");
        }
        else if (kind == UnitRuleKinds.Fixed && string.IsNullOrWhiteSpace(rule.Agency))
        {
            (problemVi, problemEn) = ("quy tắc Fixed cần “agency” (mã định danh điện tử của cơ quan)",
                "a Fixed rule needs \"agency\" (the agency's electronic ID)");
        }
        else if (kind == UnitRuleKinds.Vertical && !OrganisationModel.TryParseNetwork(rule.AgencyKind, out _))
        {
            (problemVi, problemEn) = ($"quy tắc Vertical cần “agencyKind” là một trong {string.Join(", ", Enum.GetNames<VerticalNetwork>())}",
                $"a Vertical rule needs \"agencyKind\", one of {string.Join(", ", Enum.GetNames<VerticalNetwork>())}");
        }

        if (problemVi is not null)
        {
            context.Error(IssueCodes.InvalidUnitRule, name, $"Đơn vị “{context.LabelVi(name)}” không hợp lệ: {problemVi}.",
                $"Unit rule \"{context.LabelEn(name)}\" is invalid: {problemEn}.");
            return defaultRule;
        }

        if (kind == UnitRuleKinds.Fixed && context.Validation.AgencyIds is { } agencies && !agencies.Contains(rule.Agency!))
        {
            context.Error(IssueCodes.UnknownAgency, name, $"Không có cơ quan mang mã định danh “{rule.Agency}”.",
                $"No agency has the electronic ID \"{rule.Agency}\".");
        }

        return rule;
    }

    private static string? Text(JsonNode json, string name) =>
        json is JsonObject o && o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
