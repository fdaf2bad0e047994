using System.Text.Json.Nodes;

namespace TthcFlow.Definitions.Model;

/// <summary>A workflow variable (biến của quy trình) with its type and initial value as Elsa writes it.</summary>
public sealed record VariableDefinition(string Id, string Name, string TypeName)
{
    public bool IsArray { get; init; }

    /// <summary>The initial value as written (Elsa writes it as a string, e.g. <c>"0"</c> for an Int32).</summary>
    public JsonNode? Value { get; init; }

    public string? StorageDriverTypeName { get; init; }

    /// <summary>Properties TthcFlow does not model, kept.</summary>
    public JsonProperties Properties { get; init; } = JsonProperties.Empty;

    public bool Equals(VariableDefinition? other) =>
        other is not null && Id == other.Id && Name == other.Name && TypeName == other.TypeName
        && IsArray == other.IsArray && JsonNode.DeepEquals(Value, other.Value)
        && StorageDriverTypeName == other.StorageDriverTypeName && Properties.Equals(other.Properties);

    public override int GetHashCode() => HashCode.Combine(Id, Name);
}
