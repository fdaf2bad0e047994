using System.Text.Json.Nodes;

namespace TthcFlow.Definitions.Model;

/// <summary>
/// An activity input as Elsa 3 writes it,
/// <c>{"typeName":"String","expression":{"type":"Literal","value":"Hi"}}</c>. A bare JSON value
/// (<c>"text": "Hi"</c>) reads as a Literal with no type name.
/// </summary>
public sealed record InputValue(string? TypeName, Expression Expression)
{
    /// <summary>A Literal input.</summary>
    public static InputValue Literal(string typeName, JsonNode? value) => new(typeName, Expression.Literal(value));

    /// <summary>An Object input, its JSON written as text the way Elsa Studio does.</summary>
    public static InputValue Object(string typeName, JsonNode value) => new(typeName, Expression.Object(value));

    /// <summary>
    /// Interprets a property value: an object with <c>expression</c> or <c>typeName</c> is the wrapped
    /// form; JSON null is no input; anything else is a bare Literal.
    /// </summary>
    public static InputValue? FromJson(JsonNode? node)
    {
        if (node is null)
            return null;
        if (node is JsonObject wrapped && (wrapped.ContainsKey("expression") || wrapped.ContainsKey("typeName")))
        {
            var typeName = wrapped["typeName"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
            if (wrapped["expression"] is not JsonObject expression)
                return new InputValue(typeName, Expression.Literal(null));
            var type = expression["type"] is JsonValue v && v.TryGetValue<string>(out var e) ? e : ExpressionTypes.Literal;
            return new InputValue(typeName, new Expression(type, expression["value"]));
        }

        return new InputValue(null, Expression.Literal(node));
    }

    /// <summary>The wrapped JSON form (a new tree).</summary>
    public JsonObject ToJson()
    {
        var expression = new JsonObject { ["type"] = Expression.Type };
        if (Expression.Value is not null)
            expression["value"] = Expression.Value.DeepClone();
        var json = new JsonObject();
        if (TypeName is not null)
            json["typeName"] = TypeName;
        json["expression"] = expression;
        return json;
    }
}
