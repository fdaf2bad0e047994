using System.Text.Json;

namespace TthcFlow.Definitions.Organisation;

/// <summary>
/// Reads the properties of one JSON object, recording located errors instead of throwing, so one
/// pass over a data file reports every fault.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly List<OrganisationDataError> _errors;

    private JsonObjectReader(JsonElement element, string path, List<OrganisationDataError> errors)
    {
        _element = element;
        Path = path;
        _errors = errors;
    }

    public string Path { get; }

    /// <summary>Opens <paramref name="element"/> as an object whose properties must be among <paramref name="known"/>.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, List<OrganisationDataError> errors, params string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, $"Expected an object, found {Describe(element.ValueKind)}."));
            return null;
        }
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
                errors.Add(new($"{path}.{property.Name}", $"Unknown property; expected one of: {string.Join(", ", known)}."));
        }
        return new JsonObjectReader(element, path, errors);
    }

    public void Error(string property, string reason) => _errors.Add(new($"{Path}.{property}", reason));

    public string? String(string name, bool required = true)
    {
        if (!_element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                Error(name, "Required.");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Error(name, $"Expected a non-empty string, found {Describe(value.ValueKind)}.");
            return null;
        }
        return value.GetString();
    }

    public int? Int(string name)
    {
        if (!_element.TryGetProperty(name, out JsonElement value))
        {
            Error(name, "Required.");
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int result))
            return result;
        Error(name, "Expected a whole number.");
        return null;
    }

    /// <summary>An optional true/false property; null when absent.</summary>
    public bool? Bool(string name)
    {
        if (!_element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return value.GetBoolean();
        Error(name, $"Expected true or false, found {Describe(value.ValueKind)}.");
        return null;
    }

    public TEnum? Enum<TEnum>(string name) where TEnum : struct, Enum
    {
        string? text = String(name);
        if (text is null)
            return null;
        if (System.Enum.TryParse(text, ignoreCase: false, out TEnum result) && System.Enum.IsDefined(result) && !char.IsDigit(text[0]))
            return result;
        Error(name, $"'{text}' is not one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return null;
    }

    public IReadOnlyList<string>? Strings(string name, bool required)
    {
        if (!_element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                Error(name, "Required.");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"Expected an array of strings, found {Describe(value.ValueKind)}.");
            return null;
        }
        var result = new List<string>();
        int i = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                result.Add(item.GetString()!);
            else
                _errors.Add(new($"{Path}.{name}[{i}]", "Expected a non-empty string."));
            i++;
        }
        return result;
    }

    /// <summary>The elements of an array property with their paths; empty (and an error if required) when absent.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Items(string name, bool required)
    {
        if (!_element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                Error(name, "Required.");
            yield break;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"Expected an array, found {Describe(value.ValueKind)}.");
            yield break;
        }
        int i = 0;
        foreach (JsonElement item in value.EnumerateArray())
            yield return (item, $"{Path}.{name}[{i++}]");
    }

    /// <summary>The properties of an object-valued property with their paths.</summary>
    public IEnumerable<(string Key, JsonElement Value, string Path)> Entries(string name)
    {
        if (!_element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            yield break;
        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(name, $"Expected an object, found {Describe(value.ValueKind)}.");
            yield break;
        }
        foreach (JsonProperty property in value.EnumerateObject())
            yield return (property.Name, property.Value, $"{Path}.{name}.{property.Name}");
    }

    /// <summary>The raw value of a property, or <c>null</c> when absent or JSON null.</summary>
    public JsonElement? Property(string name) =>
        _element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
