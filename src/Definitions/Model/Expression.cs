using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcFlow.Definitions.Model;

/// <summary>
/// An Elsa expression: its syntax (<see cref="ExpressionTypes"/>) and its value as JSON. TthcFlow
/// keeps expressions as written; the runtime evaluates Literal, Object, Variable and JavaScript.
/// </summary>
public sealed record Expression(string Type, JsonNode? Value)
{
    /// <summary>A literal value (a string, number or boolean).</summary>
    public static Expression Literal(JsonNode? value) => new(ExpressionTypes.Literal, value);

    /// <summary>An Object expression as Elsa Studio writes it: the JSON text in a string.</summary>
    public static Expression Object(JsonNode value) => new(ExpressionTypes.Object, JsonValue.Create(value.ToJsonString(Readable)));

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JavaScript expression.</summary>
    public static Expression JavaScript(string script) => new(ExpressionTypes.JavaScript, JsonValue.Create(script));

    /// <summary>True for Literal and Object expressions: their value is known without evaluating anything.</summary>
    public bool IsConstant => Type is ExpressionTypes.Literal or ExpressionTypes.Object;

    /// <summary>The value as text: a string as is, any other JSON value as its JSON text, null when absent.</summary>
    public string? Text => Value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => null,
        _ => Value.ToJsonString(),
    };

    /// <summary>
    /// The value as a JSON tree, for constant expressions holding structured data (a list of outcomes,
    /// a unit rule): inline JSON is returned as is; a string holding JSON text (Elsa Studio's form of
    /// an Object expression, and of a Literal typed as an array or object) is parsed. False when the
    /// expression is not constant or a string does not hold JSON.
    /// </summary>
    public bool TryGetJson(out JsonNode? json)
    {
        json = null;
        if (!IsConstant)
            return false;
        if (Value is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>().Trim();
            if (Type == ExpressionTypes.Literal && !(text.StartsWith('[') || text.StartsWith('{')))
                return false;
            try
            {
                json = JsonNode.Parse(text);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        json = Value;
        return true;
    }

    public bool Equals(Expression? other) =>
        other is not null && Type == other.Type && JsonNode.DeepEquals(Value, other.Value);

    public override int GetHashCode() => Type.GetHashCode(StringComparison.Ordinal);
}

/// <summary>Expression syntaxes found in Elsa 3 definitions.</summary>
public static class ExpressionTypes
{
    public const string Literal = "Literal";
    public const string Object = "Object";
    public const string Variable = "Variable";
    public const string JavaScript = "JavaScript";
    public const string Input = "Input";
    public const string CSharp = "CSharp";
    public const string Liquid = "Liquid";
}
