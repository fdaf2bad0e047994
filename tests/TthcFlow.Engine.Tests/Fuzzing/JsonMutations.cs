using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace TthcFlow.Engine.Tests.Fuzzing;

/// <summary>
/// Generators of bad JSON: mutations of a valid document (a property deleted, renamed or
/// duplicated; a value of the wrong kind, a huge number, odd Unicode, a reference to nothing,
/// deep nesting; the text truncated or spliced) and random JSON or random text.
/// </summary>
public static class JsonMutations
{
    /// <summary>Strings that parsers and validators trip on: empty, blanks, control and bidi characters, lone surrogates, long runs.</summary>
    public static readonly Gen<string> OddText = Gen.Frequency(
        (3, Gen.String),
        (2, Gen.OneOf("", " ", "\t\n", "\0", "null", "true", "0", "-1", "NaN", "1e400", "\u202Eabc", "\u200B", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "Nguyễn Văn Ẩn", "ﬁ", "\uFEFF", "\uD800", "\uDFFF", "a\uD800b", "../../etc/passwd", "'; DROP TABLE dossiers; --", "%00", "{{x}}",
            "<script>alert(1)</script>", "P1D", "2026-02-30T25:61:00+07:00", "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-14:00")),
        (1, Gen.Int[1, 70_000].Select(n => new string('x', n))),
        (1, Gen.Char.Array[0, 40].Select(cs => new string(cs))));

    /// <summary>Numbers at and past the edges of every numeric type.</summary>
    public static readonly Gen<JsonNode> OddNumber = Gen.OneOf<JsonNode>(
        Gen.OneOf("0", "-0", "1e308", "-1e308", "1e400", "-1e400", "4.9e-324", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "2147483648", "-2147483649", "99999999999999999999999999999999", "0.0000000000000000000001", "1.5")
            .Select(t => JsonNode.Parse(t)!),
        Gen.Long.Select(l => (JsonNode)JsonValue.Create(l)),
        Gen.Double.Where(double.IsFinite).Select(d => (JsonNode)JsonValue.Create(d)));

    /// <summary>A JSON value, <c>null</c> included (which <see cref="JsonNode"/> writes as a null reference).</summary>
    public sealed record Json(JsonNode? Node)
    {
        public string Text => Node?.ToJsonString() ?? "null";

        public JsonNode? Copy() => Node?.DeepClone();
    }

    private static readonly Gen<Json> Leaf = Gen.Frequency(
        (1, Gen.Const(() => new Json(null))),
        (2, Gen.Bool.Select(b => new Json(JsonValue.Create(b)))),
        (3, OddNumber.Select(n => new Json(n))),
        (4, OddText.Select(s => new Json(JsonValue.Create(s)))));

    /// <summary>A random JSON value, nested a few levels.</summary>
    public static readonly Gen<Json> AnyJson = Gen.Recursive<Json>((depth, inner) => depth >= 4
        ? Leaf
        : Gen.Frequency(
            (4, Leaf),
            (1, inner.Array[0, 5].Select(items => new Json(new JsonArray(items.Select(i => i.Copy()).ToArray())))),
            (1, Gen.Select(Gen.String[0, 8], inner).Array[0, 5].Select(props =>
            {
                var o = new JsonObject();
                foreach (var (k, v) in props) o[k] = v.Copy();
                return new Json(o);
            }))));

    /// <summary>Random text: printable noise, JSON-ish punctuation, or nothing.</summary>
    public static readonly Gen<string> Garbage = Gen.Frequency(
        (2, Gen.String),
        (2, Gen.Char["{}[]\":,0123456789.eE-+truefalsn \n\\u"].Array[0, 200].Select(cs => new string(cs))),
        (1, Gen.OneOf("", " ", "{", "}", "[", "null", "\"x\"", "{\"a\":1,\"a\":2}", "{\"a\":}", "\uFEFF{}", "{}", "[]")));

    /// <summary>One to three mutations of <paramref name="document"/>, as text.</summary>
    public static Gen<string> Mutants(JsonNode document)
    {
        var original = document.ToJsonString();
        return Mutation.Array[1, 3].Select(steps =>
        {
            var text = original;
            foreach (var step in steps) text = step(text);
            return text;
        });
    }

    private static readonly Gen<Func<string, string>> Mutation = Gen.Frequency(
        (8, Gen.Select(Gen.Int, Gen.Int[0, 11], AnyJson, OddNumber, OddText, (pick, kind, json, number, text) =>
            (Func<string, string>)(t => OnTree(t, pick, kind, json, number, text)))),
        (1, Gen.Double[0, 1].Select(at => (Func<string, string>)(t => t[..(int)(t.Length * at)]))),
        (1, Gen.Select(Gen.Double[0, 1], Garbage, (at, junk) => (Func<string, string>)(t => t.Insert((int)(t.Length * at), junk)))),
        (1, Gen.Int[30, 3000].Select(depth => (Func<string, string>)(t => Nest(t, depth)))));

    private const string Marker = "__fuzz_marker__";

    /// <summary>Escapes that are valid JSON but not valid UTF-16 or printable text.</summary>
    private const string RawEscapes = "\"a\\ud800b\\udc00\\u0000\\u001f\"";

    /// <summary>Applies a structural mutation to a random node of the tree (or leaves the text when it no longer parses).</summary>
    private static string OnTree(string text, int pick, int kind, Json json, JsonNode number, string odd)
    {
        // A tree the mutations cannot walk or write (an unpaired surrogate in a name, say) stays as it is.
        try { return Mutate(text, pick, kind, json, number, odd); }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException) { return text; }
    }

    private static string Mutate(string text, int pick, int kind, Json json, JsonNode number, string odd)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(text); }
        catch (System.Text.Json.JsonException) { return text; }
        if (root is null) return text;
        var nodes = Walk(root).ToList();
        var (parent, key, index) = nodes[(int)((uint)pick % (uint)nodes.Count)];
        if (parent is null) return kind % 2 == 0 ? json.Text : text;
        JsonNode? Current() => parent is JsonObject o ? o[key!] : ((JsonArray)parent)[index];
        void Set(JsonNode? value)
        {
            if (parent is JsonObject o) o[key!] = value; else ((JsonArray)parent)[index] = value;
        }
        switch (kind)
        {
            case 0: // delete
                if (parent is JsonObject d) d.Remove(key!); else ((JsonArray)parent).RemoveAt(index);
                break;
            case 1: // rename
                if (parent is JsonObject r && key is not null)
                {
                    var value = Current(); r.Remove(key);
                    r[key.ToUpperInvariant() == key ? key + "_" : key.ToUpperInvariant()] = value;
                }
                break;
            case 2: Set(json.Copy()); break; // any JSON of any kind
            case 3: Set(number.DeepClone()); break; // huge or odd number
            case 4: Set(JsonValue.Create(odd)); break; // odd string
            case 5: Set(null); break;
            case 6: // a reference to nothing: an id-like string replaced by another
                Set(JsonValue.Create(Current() is JsonValue v && v.TryGetValue<string>(out var s) ? s + "-missing" : odd));
                break;
            case 7: Set(new JsonArray(Current()?.DeepClone())); break; // wrapped in an array
            case 8: Set(new JsonObject { ["value"] = Current()?.DeepClone() }); break; // wrapped in an object
            case 9: // deep nesting in place of the value
                Set(JsonValue.Create(Marker));
                return root.ToJsonString().Replace($"\"{Marker}\"", Nest("1", 30 + (int)((uint)pick >> 8) % 3000), StringComparison.Ordinal);
            case 10: // lone surrogates and control characters, escaped
                Set(JsonValue.Create(Marker));
                return root.ToJsonString().Replace($"\"{Marker}\"", RawEscapes, StringComparison.Ordinal);
            default: // duplicated property at text level
                if (parent is JsonObject && key is not null)
                    return text.Insert(1, $"\"{key}\":{Current()?.ToJsonString() ?? "null"},");
                break;
        }
        return root.ToJsonString();
    }

    private static IEnumerable<(JsonNode? Parent, string? Key, int Index)> Walk(JsonNode root)
    {
        yield return (null, null, -1);
        var stack = new Stack<JsonNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is JsonObject o)
                foreach (var (k, v) in o.ToList())
                {
                    yield return (o, k, -1);
                    if (v is not null) stack.Push(v);
                }
            else if (node is JsonArray a)
                for (int i = 0; i < a.Count; i++)
                {
                    yield return (a, null, i);
                    if (a[i] is { } v) stack.Push(v);
                }
        }
    }

    private static string Nest(string text, int depth)
    {
        var b = new StringBuilder(text.Length + depth * 8);
        for (int i = 0; i < depth; i++) b.Append(i % 2 == 0 ? "{\"n\":" : "[");
        b.Append(text);
        for (int i = depth - 1; i >= 0; i--) b.Append(i % 2 == 0 ? '}' : ']');
        return b.ToString();
    }
}
