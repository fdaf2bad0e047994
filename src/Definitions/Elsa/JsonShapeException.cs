using System.Text.Json.Nodes;

namespace TthcFlow.Definitions.Elsa;

/// <summary>
/// Raised while mapping the JSON tree to the model; records the path of the offending value while
/// the tree is still intact, so <see cref="ElsaJson"/> can turn it into a located
/// <see cref="DefinitionFormatException"/>.
/// </summary>
internal sealed class JsonShapeException : Exception
{
    public JsonShapeException(JsonNode container, string? property, string messageVi, string messageEn)
        : this(container, (object?)property, messageVi, messageEn)
    {
    }

    /// <param name="container">The object or array holding the offending value.</param>
    /// <param name="segment">The offending property name (string) or array index (int); null for the container itself.</param>
    /// <param name="messageVi">Why, in Vietnamese.</param>
    /// <param name="messageEn">Why, in English.</param>
    public JsonShapeException(JsonNode container, object? segment, string messageVi, string messageEn)
        : base(messageEn)
    {
        var segments = new List<object>();
        for (JsonNode? node = container; node?.Parent is { } parent; node = parent)
            segments.Add(parent is JsonArray ? node.GetElementIndex() : node.GetPropertyName());
        segments.Reverse();
        if (segment is not null)
            segments.Add(segment);
        Segments = segments;
        MessageVi = messageVi;
        MessageEn = messageEn;
    }

    /// <summary>Property names (string) and array indexes (int) from the document root.</summary>
    public IReadOnlyList<object> Segments { get; }

    public string MessageVi { get; }

    public string MessageEn { get; }
}
