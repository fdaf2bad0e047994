using System.Text.Json.Nodes;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// Reduces an Elsa 3 document to what it means, so two writings of one workflow compare equal:
/// 3.0's flat connections become 3.6's nested ones (with empty vertices when absent) and 3.0's
/// top-level <c>canStartWorkflow</c>/<c>runAsynchronously</c> move into <c>customProperties</c>,
/// and absent <c>customProperties</c> and flags take their defaults (empty, false), as the
/// canonical writer spells them out. Property order is ignored by <see cref="JsonNode.DeepEquals"/>.
/// </summary>
public static class ElsaSemantics
{
    private static readonly string[] Flags = ["canStartWorkflow", "runAsynchronously"];

    public static JsonNode Normalize(string json)
    {
        var doc = JsonNode.Parse(json.TrimStart('\uFEFF'))!.AsObject();
        doc["customProperties"] ??= new JsonObject();
        if (doc["root"] is JsonObject root) NormalizeActivity(root);
        return doc;
    }

    private static void NormalizeActivity(JsonObject activity)
    {
        foreach (var flag in Flags)
        {
            if (!activity.ContainsKey(flag)) continue;
            var value = activity[flag]?.DeepClone();
            activity.Remove(flag);
            var custom = CustomProperties(activity);
            if (!custom.ContainsKey(flag)) custom[flag] = value;
        }

        var properties = CustomProperties(activity);
        foreach (var flag in Flags)
            properties[flag] ??= false;

        if (activity["activities"] is JsonArray children)
            foreach (var child in children.OfType<JsonObject>()) NormalizeActivity(child);
        if (activity["connections"] is not JsonArray connections) return;
        for (var i = 0; i < connections.Count; i++)
        {
            if (connections[i] is not JsonObject c) continue;
            if (c["source"] is JsonValue)
            {
                var nested = new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = c["source"]!.DeepClone(), ["port"] = c["sourcePort"]?.DeepClone() ?? "Done" },
                    ["target"] = new JsonObject { ["activity"] = c["target"]!.DeepClone(), ["port"] = c["targetPort"]?.DeepClone() ?? "In" },
                };
                foreach (var (key, value) in c)
                    if (key is not ("source" or "target" or "sourcePort" or "targetPort")) nested[key] = value?.DeepClone();
                connections[i] = c = nested;
            }

            if (!c.ContainsKey("vertices")) c["vertices"] = new JsonArray();
        }
    }

    private static JsonObject CustomProperties(JsonObject activity)
    {
        if (activity["customProperties"] is JsonObject existing) return existing;
        var created = new JsonObject();
        activity["customProperties"] = created;
        return created;
    }
}
