using System.Text;
using System.Text.Json;

namespace TthcFlow.Definitions.Elsa;

/// <summary>
/// Finds where things are in JSON text, only when something is wrong: the parsed tree keeps no
/// positions, so the text is scanned again with <see cref="Utf8JsonReader"/> while tracking the path.
/// </summary>
internal static class JsonLocator
{
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;
        public int Index { get; set; } = -1;
        public string? Property { get; set; }
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
        public object? Segment => IsArray ? Index : Property;
    }

    /// <summary>Line and column (1-based) of the value at the path, or of its nearest existing ancestor.</summary>
    public static (int Line, int Column) Locate(ReadOnlySpan<byte> utf8, IReadOnlyList<object> segments)
    {
        var best = 0L;
        var bestDepth = -1;
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    frames[^1].Property = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                    frames[^1].Index++;
                var depth = MatchingDepth(frames, segments);
                if (depth == frames.Count && depth > bestDepth)
                {
                    best = reader.TokenStartIndex;
                    bestDepth = depth;
                    if (depth == segments.Count)
                        break;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
            }
        }
        catch (JsonException)
        {
            // The text parsed once already; a failure here only ends the search.
        }

        return LineAndColumn(utf8, best);
    }

    /// <summary>Why a string or property name that is valid JSON is not text (an escaped unpaired surrogate such as <c>"\ud800"</c>).</summary>
    internal const string UnpairedSurrogateVi = "Chuỗi ký tự không hợp lệ (ký tự đại diện UTF-16 không có cặp).",
        UnpairedSurrogateEn = "Malformed text (an unpaired UTF-16 surrogate).";

    /// <summary>A located error for text that does not parse: bad syntax, a repeated property or a name that is not text.</summary>
    public static DefinitionFormatException SyntaxError(ReadOnlySpan<byte> utf8, JsonException parseError)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        string name;
                        try { name = reader.GetString()!; }
                        catch (InvalidOperationException)
                        {
                            var (line, column) = LineAndColumn(utf8, reader.TokenStartIndex);
                            return new DefinitionFormatException(FormatPath(Path(frames)), line, column, UnpairedSurrogateVi, UnpairedSurrogateEn);
                        }
                        frames[^1].Property = name;
                        if (!frames[^1].Names.Add(name))
                        {
                            var (line, column) = LineAndColumn(utf8, reader.TokenStartIndex);
                            return new DefinitionFormatException(FormatPath(Path(frames)), line, column,
                                $"Thuộc tính “{name}” xuất hiện hai lần trong cùng một đối tượng.",
                                $"Property \"{name}\" appears twice in the same object.");
                        }

                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        if (frames.Count > 0 && frames[^1].IsArray)
                            frames[^1].Index++;
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                            frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            return Invalid(utf8, e, Path(frames));
        }

        return Invalid(utf8, parseError, []);
    }

    public static string FormatPath(IEnumerable<object> segments)
    {
        var path = new StringBuilder("$");
        foreach (var segment in segments)
        {
            if (segment is int index)
                path.Append('[').Append(index).Append(']');
            else if (segment is string name && IsIdentifier(name))
                path.Append('.').Append(name);
            else
                path.Append("['").Append(segment.ToString()!.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }

        return path.ToString();
    }

    private static DefinitionFormatException Invalid(ReadOnlySpan<byte> utf8, JsonException e, IReadOnlyList<object> path)
    {
        var lineStart = OffsetOfLine(utf8, e.LineNumber ?? 0);
        var offset = Math.Min(utf8.Length, lineStart + (e.BytePositionInLine ?? 0));
        var (line, column) = LineAndColumn(utf8, offset);
        var detail = e.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
            detail = detail[..cut];
        return new DefinitionFormatException(FormatPath(path), line, column,
            "Văn bản không phải JSON hợp lệ.", "The text is not valid JSON: " + detail);
    }

    private static List<object> Path(List<Frame> frames) =>
        frames.Select(f => f.Segment).Where(s => s is not null and not -1).Select(s => s!).ToList();

    private static int MatchingDepth(List<Frame> frames, IReadOnlyList<object> segments)
    {
        var depth = 0;
        while (depth < frames.Count && depth < segments.Count && Equals(frames[depth].Segment, segments[depth]))
            depth++;
        return depth;
    }

    private static long OffsetOfLine(ReadOnlySpan<byte> utf8, long line)
    {
        var offset = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = utf8[offset..].IndexOf((byte)'\n');
            if (next < 0)
                return utf8.Length;
            offset += next + 1;
        }

        return offset;
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Min(offset, utf8.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');
}
