using System.Text.Json;
using System.Text.Json.Serialization;

namespace TthcFlow.Definitions.Activities;

/// <summary>A text in Vietnamese (first) and English.</summary>
public sealed record LocalizedText(string Vi, string En);

/// <summary>What an activity waits for before it completes, if anything.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActivityWaits>))]
public enum ActivityWaits
{
    /// <summary>Completes at once (control flow, writing, setting a variable).</summary>
    None,

    /// <summary>An officer's task in an inbox (tác vụ của cán bộ).</summary>
    HumanTask,

    /// <summary>A durable timer.</summary>
    Timer,

    /// <summary>Other inbound branches (a join).</summary>
    Join,

    /// <summary>A child process at another unit (liên thông), until it returns.</summary>
    ChildProcess,
}

/// <summary>The property editor the designer shows for an input.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InputEditor>))]
public enum InputEditor
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("number")] Number,
    [JsonStringEnumMemberName("workingDuration")] WorkingDuration,
    [JsonStringEnumMemberName("role")] Role,
    [JsonStringEnumMemberName("unitRule")] UnitRule,
    [JsonStringEnumMemberName("outcomes")] Outcomes,
    [JsonStringEnumMemberName("escalations")] Escalations,
    [JsonStringEnumMemberName("expression")] Expression,
    [JsonStringEnumMemberName("select")] Select,
    [JsonStringEnumMemberName("boolean")] Boolean,
    [JsonStringEnumMemberName("timeSpan")] TimeSpan,
    [JsonStringEnumMemberName("cases")] Cases,
    [JsonStringEnumMemberName("branches")] Branches,
}

/// <summary>A choice offered by a <see cref="InputEditor.Select"/> or <see cref="InputEditor.Role"/> editor.</summary>
public sealed record InputOption(string Value, LocalizedText Label);

/// <summary>
/// One input of an activity type: its JSON name, the Elsa type name TthcFlow writes, the editor,
/// whether it must be set, its default (as JSON) and its label.
/// </summary>
public sealed record InputDescriptor(
    string Name,
    string TypeName,
    InputEditor Editor,
    bool Required,
    JsonElement? Default,
    LocalizedText DisplayName)
{
    /// <summary>The choices of a select or role editor.</summary>
    public IReadOnlyList<InputOption> Options { get; init; } = [];

    /// <summary>A JSON default from its text.</summary>
    public static JsonElement Json(string json) => JsonElement.Parse(json);
}

/// <summary>
/// What an activity type is, for the designer's palette and property panel and for the compiler:
/// name, category, inputs, ports (outcomes) and what it waits for.
/// </summary>
public sealed record ActivityDescriptor
{
    /// <summary>The type written in the JSON, e.g. <c>TthcFlow.OfficerStep</c>.</summary>
    public required string Type { get; init; }

    public required LocalizedText DisplayName { get; init; }

    /// <summary>The palette group: Flow, Branching, Primitives, Scheduling or Procedure.</summary>
    public required string Category { get; init; }

    public required LocalizedText Description { get; init; }

    public IReadOnlyList<InputDescriptor> Inputs { get; init; } = [];

    /// <summary>The ports (outcomes) every activity of the type has; see <see cref="OutcomesInput"/>.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>The input whose value gives the ports, when they vary per activity (e.g. <c>outcomes</c>).</summary>
    public string? OutcomesInput { get; init; }

    public ActivityWaits Waits { get; init; }

    /// <summary>An activity the workflow starts at (<c>Elsa.Start</c>).</summary>
    public bool IsStart { get; init; }

    /// <summary>Ends the path, the flowchart or the workflow (End, Finish, Fault).</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Holds child activities and connections (<c>Elsa.Flowchart</c>).</summary>
    public bool IsContainer { get; init; }

    /// <summary>One of TthcFlow's own types (<c>TthcFlow.*</c>).</summary>
    public bool IsTthcFlow => Type.StartsWith(ActivityTypeNames.TthcFlowPrefix, StringComparison.Ordinal);

    /// <summary>The named input, or null.</summary>
    public InputDescriptor? FindInput(string name) => Inputs.FirstOrDefault(i => i.Name == name);
}
