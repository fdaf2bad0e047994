using System.Collections;
using System.Text.Json.Nodes;

namespace TthcFlow.Definitions.Model;

/// <summary>
/// JSON properties kept as they were read, in their original order: an activity's inputs and
/// outputs, and anything on a document, an activity, a connection or a variable that TthcFlow does
/// not model. They are written back unchanged, so a definition from Elsa Studio survives a round
/// trip through TthcFlow. The values belong to the model: do not modify them; <c>DeepClone()</c>
/// one before changing it or inserting it into another JSON tree.
/// </summary>
public sealed class JsonProperties : IReadOnlyList<KeyValuePair<string, JsonNode?>>, IEquatable<JsonProperties>
{
    private readonly KeyValuePair<string, JsonNode?>[] _items;

    /// <summary>No properties.</summary>
    public static JsonProperties Empty { get; } = new([]);

    private JsonProperties(KeyValuePair<string, JsonNode?>[] items) => _items = items;

    /// <summary>Keeps the given properties in order; a repeated name is an error.</summary>
    public static JsonProperties From(IEnumerable<KeyValuePair<string, JsonNode?>> properties)
    {
        var items = properties.ToArray();
        for (var i = 1; i < items.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (items[i].Key == items[j].Key)
                    throw new ArgumentException($"Property '{items[i].Key}' is repeated.", nameof(properties));
            }
        }

        return items.Length == 0 ? Empty : new JsonProperties(items);
    }

    internal static JsonProperties Wrap(List<KeyValuePair<string, JsonNode?>> items) =>
        items.Count == 0 ? Empty : new JsonProperties(items.ToArray());

    public int Count => _items.Length;

    public KeyValuePair<string, JsonNode?> this[int index] => _items[index];

    /// <summary>The value of the named property, or null when it is absent or JSON null.</summary>
    public JsonNode? this[string name] => TryGetValue(name, out var value) ? value : null;

    public bool Contains(string name) => IndexOf(name) >= 0;

    public bool TryGetValue(string name, out JsonNode? value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _items[index].Value : null;
        return index >= 0;
    }

    /// <summary>A copy with the property set: replaced where it stands, or appended.</summary>
    public JsonProperties With(string name, JsonNode? value)
    {
        var index = IndexOf(name);
        KeyValuePair<string, JsonNode?>[] items;
        if (index >= 0)
        {
            items = (KeyValuePair<string, JsonNode?>[])_items.Clone();
            items[index] = new(name, value);
        }
        else
        {
            items = [.. _items, new(name, value)];
        }

        return new JsonProperties(items);
    }

    /// <summary>A copy without the named property.</summary>
    public JsonProperties Without(string name)
    {
        var index = IndexOf(name);
        if (index < 0)
            return this;
        var items = _items.Where((_, i) => i != index).ToArray();
        return items.Length == 0 ? Empty : new JsonProperties(items);
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            if (_items[i].Key == name)
                return i;
        }

        return -1;
    }

    public IEnumerator<KeyValuePair<string, JsonNode?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonNode?>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Same names with deeply equal values, in any order.</summary>
    public bool Equals(JsonProperties? other)
    {
        if (ReferenceEquals(this, other))
            return true;
        if (other is null || other.Count != Count)
            return false;
        foreach (var (name, value) in _items)
        {
            if (!other.TryGetValue(name, out var otherValue) || !JsonNode.DeepEquals(value, otherValue))
                return false;
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as JsonProperties);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (name, _) in _items)
            hash ^= StringComparer.Ordinal.GetHashCode(name);
        return hash;
    }
}
