using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Elsa;

/// <summary>
/// Reads and writes workflow definitions in Elsa Workflows 3's JSON format
/// (<c>WorkflowDefinitionModel</c>). Reads Elsa 3.0 and 3.6 forms, with or without a UTF-8 byte
/// order mark; writes the canonical 3.6 form: indented, UTF-8, Vietnamese letters unescaped,
/// unknown properties and activity types written back whole. Reading then writing twice gives
/// the same bytes.
/// </summary>
public static class ElsaJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a definition from JSON text.</summary>
    /// <exception cref="DefinitionFormatException">The text is not JSON or not a workflow definition.</exception>
    public static WorkflowDefinition Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a definition from UTF-8 bytes (a leading byte order mark is skipped).</summary>
    /// <exception cref="DefinitionFormatException">The bytes are not JSON or not a workflow definition.</exception>
    public static WorkflowDefinition Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
            utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8Json, documentOptions: DocumentOptions);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a property name that is not text, met while checking for repeated names.
            throw JsonLocator.SyntaxError(utf8Json, e as JsonException ?? new JsonException(e.Message));
        }

        try
        {
            if (node is not JsonObject document)
            {
                throw new JsonShapeException(node ?? new JsonObject(), null,
                    "Định nghĩa quy trình phải là một đối tượng JSON.", "A workflow definition must be a JSON object.");
            }

            RequireWellFormedText(document);
            return DefinitionReader.Read(document);
        }
        catch (JsonShapeException e)
        {
            var (line, column) = JsonLocator.Locate(utf8Json, e.Segments);
            throw new DefinitionFormatException(JsonLocator.FormatPath(e.Segments), line, column, e.MessageVi, e.MessageEn);
        }
    }

    /// <summary>
    /// Refuses strings and property names that are valid JSON escapes but not text (an unpaired
    /// surrogate such as <c>"\ud800"</c>): they could not be written back, so the document could not be stored.
    /// </summary>
    private static void RequireWellFormedText(JsonNode node)
    {
        const string vi = JsonLocator.UnpairedSurrogateVi, en = JsonLocator.UnpairedSurrogateEn;
        switch (node)
        {
            case JsonObject o:
                List<KeyValuePair<string, JsonNode?>> properties;
                try { properties = o.ToList(); }
                catch (InvalidOperationException) { throw new JsonShapeException(o, (object?)null, vi, en); }
                foreach (var (_, value) in properties)
                    if (value is not null) RequireWellFormedText(value);
                break;
            case JsonArray a:
                foreach (var item in a)
                    if (item is not null) RequireWellFormedText(item);
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                try { _ = v.GetValue<string>(); }
                catch (InvalidOperationException)
                {
                    object segment = v.Parent is JsonArray ? v.GetElementIndex() : v.GetPropertyName();
                    throw new JsonShapeException(v.Parent!, segment, vi, en);
                }
                break;
        }
    }

    /// <summary>Writes the canonical Elsa 3.6 JSON text.</summary>
    public static string Write(WorkflowDefinition definition) => Encoding.UTF8.GetString(WriteUtf8(definition));

    /// <summary>Writes the canonical Elsa 3.6 JSON as UTF-8 bytes (no byte order mark).</summary>
    public static byte[] WriteUtf8(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            DefinitionWriter.Write(writer, definition);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes one activity (and its children) in the canonical form.</summary>
    public static string WriteActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            DefinitionWriter.WriteActivity(writer, activity);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
