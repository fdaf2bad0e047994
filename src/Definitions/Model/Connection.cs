namespace TthcFlow.Definitions.Model;

/// <summary>One end of a connection: an activity and its port (outcome at the source, "In" at the target).</summary>
public sealed record Endpoint(string ActivityId, string? Port);

/// <summary>A point on the designer's canvas.</summary>
public readonly record struct DesignerPoint(double X, double Y);

/// <summary>
/// A flowchart connection from a source activity's outcome port to a target activity, with the
/// designer's bend points. Elsa 3.6 form: <c>{"source":{"activity":"A","port":"Done"},
/// "target":{"activity":"B","port":"In"},"vertices":[]}</c>; the 3.0 flat form reads the same.
/// </summary>
public sealed record Connection(Endpoint Source, Endpoint Target, IReadOnlyList<DesignerPoint> Vertices)
{
    public Connection(Endpoint source, Endpoint target) : this(source, target, [])
    {
    }

    /// <summary>Properties of the connection TthcFlow does not model, kept.</summary>
    public JsonProperties Properties { get; init; } = JsonProperties.Empty;

    public bool Equals(Connection? other) =>
        other is not null && Source == other.Source && Target == other.Target
        && Vertices.SequenceEqual(other.Vertices) && Properties.Equals(other.Properties);

    public override int GetHashCode() => HashCode.Combine(Source, Target);
}
