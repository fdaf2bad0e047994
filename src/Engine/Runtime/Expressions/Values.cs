using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using TthcFlow.Engine.Runtime.Execution;

namespace TthcFlow.Engine.Runtime.Expressions;

/// <summary>
/// Values as the runtime carries them: immutable <see cref="JsonElement"/>s while evaluating, JSON
/// text in the state. Conversions follow Elsa where it is explicit and refuse what it would not
/// convert (a fault names the activity, never a crash).
/// </summary>
internal static class Values
{
    public static JsonElement Null { get; } = Parse("null");

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static JsonElement FromJson(string? json) => json is null ? Null : Parse(json);

    /// <summary>A JSON string; Vietnamese text is kept as is, not escaped, so the state stays small and readable.</summary>
    public static JsonElement FromString(string? text)
    {
        if (text is null)
            return Null;
        var buffer = new ArrayBufferWriter<byte>(text.Length + 8);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            writer.WriteStringValue(text);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonElement FromNumber(double number) => JsonSerializer.SerializeToElement(number, ValuesJson.Default.Double);


    public static JsonElement FromBool(bool value) => value ? True : False;

    private static readonly JsonElement True = Parse("true");
    private static readonly JsonElement False = Parse("false");

    public static bool IsNull(JsonElement value) => value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>JSON text for the state; null for null/undefined.</summary>
    public static string? ToJson(JsonElement value) => IsNull(value) ? null : value.GetRawText();

    /// <summary>Text as WriteLine and string inputs see it: strings as they are, True/False, numbers and JSON as written.</summary>
    public static string? ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => value.GetRawText(),
    };

    public static bool ToBool(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined => false,
        JsonValueKind.Number => value.GetDouble() != 0,
        JsonValueKind.String when bool.TryParse(value.GetString()!.Trim(), out var parsed) => parsed,
        _ => throw new ActivityFaultException($"'{value.GetRawText()}' is not a Boolean."),
    };

    /// <summary>A TimeSpan as Elsa writes it ("00:05:00", "1.02:00:00") or ISO 8601 ("PT5M").</summary>
    public static TimeSpan ToDuration(JsonElement value, TimeSpan fallback)
    {
        if (IsNull(value))
            return fallback;
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        if (text is not null && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span))
            return span;
        if (text is not null && text.StartsWith('P'))
        {
            try
            {
                return XmlConvert.ToTimeSpan(text);
            }
            catch (FormatException)
            {
            }
        }

        throw new ActivityFaultException($"'{value.GetRawText()}' is not a duration (expected e.g. \"00:05:00\").");
    }

    /// <summary>A list: a JSON array, or a string holding one; null when unset.</summary>
    public static IReadOnlyList<JsonElement>? ToList(JsonElement value)
    {
        if (IsNull(value))
            return null;
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!.Trim();
            if (text.Length == 0)
                return [];
            if (!text.StartsWith('['))
                throw new ActivityFaultException($"'{text}' is not a list.");
            value = Parse(text);
        }

        if (value.ValueKind != JsonValueKind.Array)
            throw new ActivityFaultException($"'{value.GetRawText()}' is not a list.");
        return value.EnumerateArray().ToArray();
    }

    /// <summary>Converts a value to a variable's Elsa type where the JSON kind differs (a "0" for an Int32).</summary>
    public static JsonElement Coerce(JsonElement value, string? typeName)
    {
        if (IsNull(value) || typeName is null)
            return value;
        switch (typeName)
        {
            case "Int16" or "Int32" or "Int64" or "Byte" or "Single" or "Double" or "Decimal" or "Number":
                if (value.ValueKind == JsonValueKind.String
                    && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    return FromNumber(number);
                return value;
            case "Boolean":
                return value.ValueKind == JsonValueKind.String && bool.TryParse(value.GetString()!.Trim(), out var flag)
                    ? FromBool(flag)
                    : value;
            case "String":
                return value.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                    ? FromString(ToText(value))
                    : value;
            default:
                return value;
        }
    }
}
