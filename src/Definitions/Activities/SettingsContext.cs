using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// What an <see cref="ActivityType"/> needs while compiling one activity's inputs: the activity,
/// its definition, the validation context, typed readers for inputs, and a place to report issues
/// (located on the activity and the input).
/// </summary>
public sealed class SettingsContext
{
    private readonly List<ValidationIssue> _issues;

    public SettingsContext(Activity activity, ActivityDescriptor descriptor, WorkflowDefinition definition,
        ValidationContext validation, List<ValidationIssue> issues)
    {
        Activity = activity;
        Descriptor = descriptor;
        Definition = definition;
        Validation = validation;
        _issues = issues;
    }

    public Activity Activity { get; }

    public ActivityDescriptor Descriptor { get; }

    public WorkflowDefinition Definition { get; }

    public ValidationContext Validation { get; }

    public void Error(string code, string? field, string messageVi, string messageEn) =>
        _issues.Add(new ValidationIssue(Severity.Error, code, Activity.Id, field, messageVi, messageEn));

    public void Warning(string code, string? field, string messageVi, string messageEn) =>
        _issues.Add(new ValidationIssue(Severity.Warning, code, Activity.Id, field, messageVi, messageEn));

    /// <summary>The input's expression, whatever its syntax; reports a missing required one.</summary>
    public Expression? Expression(string name)
    {
        var expression = Activity.GetInput(name)?.Expression;
        if (expression is null || (expression.IsConstant && string.IsNullOrEmpty(expression.Text)))
        {
            RequireIfNeeded(name);
            return null;
        }

        return expression;
    }

    /// <summary>A constant text (a Literal); reports a missing required or a computed one.</summary>
    public string? Text(string name) => Constant(name) is { } e ? e.Text : null;

    /// <summary>A constant number (a JSON number or numeric text).</summary>
    public decimal? Number(string name)
    {
        if (Constant(name) is not { } expression)
            return null;
        if (expression.Value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var number))
            return number;
        if (decimal.TryParse(expression.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            return number;
        Invalid(name, "phải là một số", "must be a number");
        return null;
    }

    /// <summary>A constant true/false (a JSON boolean or "true"/"false"), or the default.</summary>
    public bool Boolean(string name, bool defaultValue)
    {
        if (Constant(name) is not { } expression)
            return defaultValue;
        if (expression.Value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            return v.GetValue<bool>();
        if (bool.TryParse(expression.Text, out var value))
            return value;
        Invalid(name, "phải là true hoặc false", "must be true or false");
        return defaultValue;
    }

    /// <summary>A constant duration: a Literal <c>hh:mm:ss</c> (or ISO 8601 <c>PT5M</c>); null when computed.</summary>
    public TimeSpan? Duration(Expression? expression, string name)
    {
        if (expression is null || !expression.IsConstant)
            return null;
        var text = expression.Text ?? "";
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero)
            return value;
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            Invalid(name, "phải là một khoảng thời gian dạng hh:mm:ss", "must be a duration such as hh:mm:ss");
            return null;
        }
    }

    /// <summary>Constant structured JSON: inline, or JSON text as Elsa Studio writes Object values.</summary>
    public JsonNode? Json(string name)
    {
        if (Constant(name) is not { } expression)
            return null;
        if (expression.TryGetJson(out var json) && json is not null)
            return json;
        Invalid(name, "phải là dữ liệu JSON", "must be JSON data");
        return null;
    }

    /// <summary>A list of distinct, non-empty labels (outcomes, branches), from a constant JSON array.</summary>
    public IReadOnlyList<string> Labels(string name)
    {
        if (Json(name) is not { } json)
            return [];
        if (json is not JsonArray array || array.Any(i => i is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
        {
            Invalid(name, "phải là một danh sách tên", "must be a list of names");
            return [];
        }

        var labels = array.Select(i => i!.GetValue<string>().Trim()).ToList();
        if (labels.Any(string.IsNullOrEmpty) || labels.Distinct(StringComparer.Ordinal).Count() != labels.Count)
            Invalid(name, "không được có tên trống hoặc trùng nhau", "must not contain empty or repeated names");
        return labels.Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Reports an invalid value of an input (<see cref="IssueCodes.InvalidInput"/>).</summary>
    public void Invalid(string name, string reasonVi, string reasonEn) =>
        Error(IssueCodes.InvalidInput, name, $"“{LabelVi(name)}” {reasonVi}.", $"\"{LabelEn(name)}\" {reasonEn}.");

    public string LabelVi(string name) => Descriptor.FindInput(name)?.DisplayName.Vi ?? name;

    public string LabelEn(string name) => Descriptor.FindInput(name)?.DisplayName.En ?? name;

    private Expression? Constant(string name)
    {
        if (Expression(name) is not { } expression)
            return null;
        if (expression.IsConstant)
            return expression;
        Invalid(name, $"phải là giá trị cố định (Literal hoặc Object), không phải biểu thức {expression.Type}",
            $"must be a fixed value (Literal or Object), not a {expression.Type} expression");
        return null;
    }

    private void RequireIfNeeded(string name)
    {
        if (Descriptor.FindInput(name) is { Required: true })
        {
            Error(IssueCodes.RequiredInput, name, $"Thiếu giá trị bắt buộc “{LabelVi(name)}”.",
                $"The required input \"{LabelEn(name)}\" has no value.");
        }
    }
}
