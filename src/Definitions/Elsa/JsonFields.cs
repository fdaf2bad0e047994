using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcFlow.Definitions.Elsa;

/// <summary>Typed reads of JSON object properties that fail with a located, bilingual message.</summary>
internal static class JsonFields
{
    public static string? String(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw Wrong(obj, name, "một chuỗi", "a string"),
    };

    public static string RequiredString(JsonObject obj, string name) =>
        String(obj, name) ?? throw new JsonShapeException(obj, name,
            $"Thiếu thuộc tính bắt buộc “{name}”.", $"The required property \"{name}\" is missing.");

    public static bool? Bool(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw Wrong(obj, name, "true hoặc false", "true or false"),
    };

    public static int? Int(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) => i,
        _ => throw Wrong(obj, name, "một số nguyên", "an integer"),
    };

    public static decimal? Decimal(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var d) => d,
        _ => throw Wrong(obj, name, "một số", "a number"),
    };

    public static double Double(JsonObject obj, string name) => obj[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d) => d,
        _ => throw Wrong(obj, name, "một số", "a number"),
    };

    public static JsonObject? Object(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonObject o => o,
        _ => throw Wrong(obj, name, "một đối tượng JSON", "a JSON object"),
    };

    public static JsonArray? Array(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonArray a => a,
        _ => throw Wrong(obj, name, "một mảng JSON", "a JSON array"),
    };

    /// <summary>The items of an array that must all be objects.</summary>
    public static IEnumerable<JsonObject> Objects(JsonArray array)
    {
        for (var i = 0; i < array.Count; i++)
        {
            yield return array[i] as JsonObject ?? throw new JsonShapeException(array, i,
                $"Phần tử thứ {i + 1} phải là một đối tượng JSON.", $"Item {i + 1} must be a JSON object.");
        }
    }

    /// <summary>The items of an array that must all be strings.</summary>
    public static List<string> Strings(JsonObject obj, string name)
    {
        var result = new List<string>();
        if (Array(obj, name) is not { } array)
            return result;
        foreach (var item in array)
        {
            if (item is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
                throw Wrong(obj, name, "một mảng chuỗi", "an array of strings");
            result.Add(v.GetValue<string>());
        }

        return result;
    }

    /// <summary>The properties of an object, detached from it, in order.</summary>
    public static List<KeyValuePair<string, JsonNode?>> Detach(JsonObject obj)
    {
        var items = obj.ToList();
        obj.Clear();
        return items;
    }

    public static JsonShapeException Wrong(JsonObject obj, string name, string expectedVi, string expectedEn) =>
        new(obj, name, $"“{name}” phải là {expectedVi}.", $"\"{name}\" must be {expectedEn}.");
}
