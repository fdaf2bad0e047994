using System.Text.Json;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Model;
using TthcFlow.Engine.Runtime.Expressions;

namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>Turns the model's expressions and variable values into the runtime's immutable forms.</summary>
internal static class ExprConversion
{
    public static Expr? From(Expression? expression, string? typeName = null)
    {
        if (expression is null)
            return null;
        switch (expression.Type)
        {
            case ExpressionTypes.Literal:
                return Expr.Of(ToElement(expression.Value), typeName);
            case ExpressionTypes.Object:
                return Expr.Of(expression.TryGetJson(out var json) ? ToElement(json) : ToElement(expression.Value), typeName);
            case ExpressionTypes.JavaScript:
                return Expr.Script(expression.Text ?? "", typeName);
            case ExpressionTypes.Variable:
                var name = expression.Value switch
                {
                    JsonObject reference => Text(reference["name"]) ?? Text(reference["id"]),
                    var other => Text(other),
                };
                return Expr.VariableNamed(name ?? "", typeName);
            default:
                return new Expr(ExprSyntax.Unsupported, default, expression.Text, typeName, expression.Type);
        }
    }

    /// <summary>A variable's initial value as JSON text, converted to its type ("0" for an Int32 becomes 0).</summary>
    public static string? InitialValue(string typeName, JsonElement? initial)
    {
        if (initial is not { } value || Values.IsNull(value))
            return null;
        if (typeName is not ("String" or "Object") && value.ValueKind == JsonValueKind.String
            && value.GetString()!.TrimStart() is ['[' or '{', ..] text)
            value = Values.Parse(text);
        return Values.ToJson(Values.Coerce(value, typeName));
    }

    public static JsonElement ToElement(JsonNode? node) => node is null ? Values.Null : Values.Parse(node.ToJsonString());

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
