using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TthcFlow.Definitions.Tests.Elsa;

/// <summary>
/// What "the same definition" means for the round-trip tests. <see cref="Canonicalise"/> applies to
/// an original document exactly the normalisations the canonical 3.6 form makes (3.0 flags move
/// into customProperties, flat connections nest, defaults appear); <see cref="Difference"/> then
/// compares trees ignoring property order, treating a null property as absent and numbers by value.
/// </summary>
public static class JsonSemantics
{
    public static JsonObject Canonicalise(JsonObject document)
    {
        var doc = (JsonObject)document.DeepClone();
        doc["version"] ??= 1;
        doc["variables"] ??= new JsonArray();
        doc["customProperties"] ??= new JsonObject();
        foreach (var variable in doc["variables"]!.AsArray().Select(v => v!.AsObject()))
        {
            variable["isArray"] ??= false;
            variable["typeName"] ??= "Object";
        }

        CanonicaliseActivity(doc["root"]!.AsObject());
        return doc;
    }

    private static void CanonicaliseActivity(JsonObject activity)
    {
        activity["version"] ??= 1;
        activity["metadata"] ??= new JsonObject();
        var custom = (activity["customProperties"] ??= new JsonObject()).AsObject();
        foreach (var flag in new[] { "canStartWorkflow", "runAsynchronously" })
        {
            var topLevel = activity[flag];
            activity.Remove(flag);
            custom[flag] ??= topLevel?.DeepClone() ?? false;
        }

        if (activity["activities"] is JsonArray children)
        {
            foreach (var child in children)
                CanonicaliseActivity(child!.AsObject());
        }

        if (activity["connections"] is JsonArray connections)
        {
            foreach (var connection in connections.Select(c => c!.AsObject()))
            {
                Nest(connection, "source", "sourcePort");
                Nest(connection, "target", "targetPort");
                connection["vertices"] ??= new JsonArray();
            }
        }
    }

    private static void Nest(JsonObject connection, string end, string flatPort)
    {
        var port = connection[flatPort]?.DeepClone();
        connection.Remove(flatPort);
        if (connection[end] is JsonValue id)
            connection[end] = new JsonObject { ["activity"] = id.GetValue<string>(), ["port"] = port };
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Text(JsonNode? node) => node?.ToJsonString(Readable) ?? "nothing";

    /// <summary>The first difference as a path and reason, or null when the trees mean the same.</summary>
    public static string? Difference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    var difference = Difference(e[name], a[name], $"{path}.{name}");
                    if (difference is not null)
                        return difference;
                }

                return null;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                    return $"{path}: {e.Count} items expected, {a.Count} found";
                for (var i = 0; i < e.Count; i++)
                {
                    var difference = Difference(e[i], a[i], $"{path}[{i}]");
                    if (difference is not null)
                        return difference;
                }

                return null;
            case (JsonValue e, JsonValue a) when e.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number:
                return e.GetValue<double>() == a.GetValue<double>() ? null : $"{path}: {e} expected, {a} found";
            case (JsonValue e, JsonValue a):
                return JsonNode.DeepEquals(e, a) ? null : $"{path}: {Text(e)} expected, {Text(a)} found";
            default:
                return $"{path}: {Text(expected)} expected, {Text(actual)} found";
        }
    }
}
