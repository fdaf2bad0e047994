using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcFlow.Definitions.Model;

/// <summary>
/// An activity of a workflow definition (một bước, một hoạt động của quy trình): an Elsa 3 activity
/// or one of TthcFlow's. Identity, type and the flags Elsa puts in <c>customProperties</c> are typed;
/// inputs, outputs and anything else stay as JSON in <see cref="Properties"/>, so activity types
/// TthcFlow does not know are kept whole. A container (<c>Elsa.Flowchart</c>) holds child
/// <see cref="Activities"/> and <see cref="Connections"/>.
/// </summary>
public sealed record Activity
{
    public required string Id { get; init; }

    /// <summary>The activity type, e.g. <c>Elsa.WriteLine</c> or <c>TthcFlow.OfficerStep</c>.</summary>
    public required string Type { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>The designer's name for the activity (Elsa's <c>name</c>), if any.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the activity may start the workflow (a trigger).</summary>
    public bool CanStartWorkflow { get; init; }

    public bool RunAsynchronously { get; init; }

    /// <summary>Inputs, outputs and unmodelled properties, in their original order.</summary>
    public JsonProperties Properties { get; init; } = JsonProperties.Empty;

    /// <summary><c>customProperties</c> other than canStartWorkflow/runAsynchronously (e.g. <c>mergeMode</c>).</summary>
    public JsonProperties CustomProperties { get; init; } = JsonProperties.Empty;

    /// <summary><c>metadata</c>: designer position and size, display text, …</summary>
    public JsonProperties Metadata { get; init; } = JsonProperties.Empty;

    /// <summary>Child activities of a container; null when the activity is not one.</summary>
    public IReadOnlyList<Activity>? Activities { get; init; }

    /// <summary>Connections between the child activities of a flowchart; null when absent.</summary>
    public IReadOnlyList<Connection>? Connections { get; init; }

    /// <summary>The designer position, <c>metadata.designer.position</c>, when present and numeric.</summary>
    public DesignerPoint? Position =>
        Metadata["designer"] is JsonObject designer && designer["position"] is JsonObject position
        && TryNumber(position["x"], out var x) && TryNumber(position["y"], out var y)
            ? new DesignerPoint(x, y)
            : null;

    /// <summary>The <c>customProperties.mergeMode</c> string, when set.</summary>
    public string? MergeMode =>
        CustomProperties["mergeMode"] is JsonValue v && v.TryGetValue<string>(out var mode) ? mode : null;

    /// <summary>The named input, wrapped or bare; false when absent or JSON null.</summary>
    public bool TryGetInput(string name, [NotNullWhen(true)] out InputValue? input)
    {
        input = InputValue.FromJson(Properties[name]);
        return input is not null;
    }

    /// <summary>The named input, or null.</summary>
    public InputValue? GetInput(string name) => InputValue.FromJson(Properties[name]);

    /// <summary>A copy with the named input set, in Elsa's wrapped form.</summary>
    public Activity WithInput(string name, InputValue input) => this with { Properties = Properties.With(name, input.ToJson()) };

    /// <summary>A copy placed at the given designer position (other metadata kept).</summary>
    public Activity WithPosition(DesignerPoint point)
    {
        var designer = Metadata["designer"] is JsonObject d ? (JsonObject)d.DeepClone() : new JsonObject();
        designer["position"] = new JsonObject { ["x"] = point.X, ["y"] = point.Y };
        return this with { Metadata = Metadata.With("designer", designer) };
    }

    /// <summary>Every activity nested in this one through <see cref="Activities"/>, depth first.</summary>
    public IEnumerable<Activity> Descendants()
    {
        if (Activities is null)
            yield break;
        foreach (var child in Activities)
        {
            yield return child;
            foreach (var grandChild in child.Descendants())
                yield return grandChild;
        }
    }

    public bool Equals(Activity? other) =>
        other is not null && Id == other.Id && Type == other.Type && Version == other.Version && Name == other.Name
        && CanStartWorkflow == other.CanStartWorkflow && RunAsynchronously == other.RunAsynchronously
        && Properties.Equals(other.Properties) && CustomProperties.Equals(other.CustomProperties)
        && Metadata.Equals(other.Metadata)
        && SameSequence(Activities, other.Activities) && SameSequence(Connections, other.Connections);

    public override int GetHashCode() => HashCode.Combine(Id, Type);

    internal static bool SameSequence<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        a is null ? b is null : b is not null && a.SequenceEqual(b);

    private static bool TryNumber(JsonNode? node, out double value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out value);
    }
}
