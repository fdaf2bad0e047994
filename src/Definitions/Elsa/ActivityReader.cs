using System.Text.Json.Nodes;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Elsa;

/// <summary>
/// Maps an Elsa activity object to <see cref="Activity"/>: typed identity and flags (3.0 top level
/// or 3.6 <c>customProperties</c>), child activities and connections (3.6 nested or 3.0 flat), and
/// every other property kept in order. Objects are emptied once read so the kept values are free
/// of the parsed tree.
/// </summary>
internal static class ActivityReader
{
    private static readonly HashSet<string> Modelled =
    [
        "id", "type", "version", "name", "customProperties", "metadata", "activities", "connections",
        "canStartWorkflow", "runAsynchronously",
    ];

    public static Activity Read(JsonObject json)
    {
        // Children first: an error inside them is located while this object still holds them.
        var activities = JsonFields.Array(json, "activities") is { } children
            ? JsonFields.Objects(children).Select(Read).ToList()
            : null;
        var connections = JsonFields.Array(json, "connections") is { } links
            ? JsonFields.Objects(links).Select(ReadConnection).ToList()
            : null;

        var id = JsonFields.RequiredString(json, "id");
        var type = JsonFields.RequiredString(json, "type");
        var version = JsonFields.Int(json, "version") ?? 1;
        var name = JsonFields.String(json, "name");
        var custom = JsonFields.Object(json, "customProperties");
        var canStart = (custom is null ? null : JsonFields.Bool(custom, "canStartWorkflow"))
            ?? JsonFields.Bool(json, "canStartWorkflow") ?? false;
        var runAsync = (custom is null ? null : JsonFields.Bool(custom, "runAsynchronously"))
            ?? JsonFields.Bool(json, "runAsynchronously") ?? false;
        var metadata = JsonFields.Object(json, "metadata");

        var customProperties = custom is null ? [] : JsonFields.Detach(custom);
        customProperties.RemoveAll(p => p.Key is "canStartWorkflow" or "runAsynchronously");
        var properties = JsonFields.Detach(json);
        properties.RemoveAll(p => Modelled.Contains(p.Key));

        return new Activity
        {
            Id = id,
            Type = type,
            Version = version,
            Name = name,
            CanStartWorkflow = canStart,
            RunAsynchronously = runAsync,
            Properties = JsonProperties.Wrap(properties),
            CustomProperties = JsonProperties.Wrap(customProperties),
            Metadata = metadata is null ? JsonProperties.Empty : JsonProperties.Wrap(JsonFields.Detach(metadata)),
            Activities = activities,
            Connections = connections,
        };
    }

    private static Connection ReadConnection(JsonObject json)
    {
        var source = ReadEndpoint(json, "source", "sourcePort");
        var target = ReadEndpoint(json, "target", "targetPort");
        var vertices = new List<DesignerPoint>();
        if (JsonFields.Array(json, "vertices") is { } points)
        {
            foreach (var point in JsonFields.Objects(points))
                vertices.Add(new DesignerPoint(JsonFields.Double(point, "x"), JsonFields.Double(point, "y")));
        }

        var properties = JsonFields.Detach(json);
        properties.RemoveAll(p => p.Key is "source" or "target" or "sourcePort" or "targetPort" or "vertices");
        return new Connection(source, target, vertices) { Properties = JsonProperties.Wrap(properties) };
    }

    private static Endpoint ReadEndpoint(JsonObject json, string end, string flatPortName)
    {
        var flatPort = JsonFields.String(json, flatPortName);
        if (json[end] is JsonObject nested)
        {
            var activity = JsonFields.RequiredString(nested, "activity");
            return new Endpoint(activity, JsonFields.String(nested, "port") ?? flatPort);
        }

        var flat = JsonFields.String(json, end) ?? throw new JsonShapeException(json, end,
            $"Kết nối thiếu “{end}” (mã hoạt động hoặc {{activity, port}}).",
            $"The connection has no \"{end}\" (an activity id or {{activity, port}}).");
        return new Endpoint(flat, flatPort);
    }
}
