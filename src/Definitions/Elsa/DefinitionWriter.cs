using System.Text.Json;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Elsa;

/// <summary>
/// Writes the canonical Elsa 3.6 form: modelled properties in a fixed order, kept properties in
/// their original order, nested connections, flags in <c>customProperties</c>.
/// </summary>
internal static class DefinitionWriter
{
    private static readonly HashSet<string> DocumentModelled =
        ["id", "definitionId", "name", "description", "version", "variables", "customProperties", "root"];

    private static readonly HashSet<string> ActivityModelled =
    [
        "id", "type", "version", "name", "customProperties", "metadata", "activities", "connections",
        "canStartWorkflow", "runAsynchronously",
    ];

    private static readonly HashSet<string> FlagNames = ["canStartWorkflow", "runAsynchronously"];
    private static readonly HashSet<string> ProcedureName = ["procedure"];
    private static readonly HashSet<string> None = [];
    private static readonly HashSet<string> ConnectionModelled = ["source", "target", "sourcePort", "targetPort", "vertices"];
    private static readonly HashSet<string> VariableModelled = ["id", "name", "typeName", "isArray", "value", "storageDriverTypeName"];

    public static void Write(Utf8JsonWriter writer, WorkflowDefinition definition)
    {
        writer.WriteStartObject();
        // JSON meta properties such as "$schema" lead, as Elsa writes them.
        foreach (var (name, value) in definition.Properties.Where(p => p.Key.StartsWith('$')))
            WriteProperty(writer, name, value);
        if (definition.Id is not null)
            writer.WriteString("id", definition.Id);
        writer.WriteString("definitionId", definition.DefinitionId);
        if (definition.Name is not null)
            writer.WriteString("name", definition.Name);
        if (definition.Description is not null)
            writer.WriteString("description", definition.Description);
        writer.WriteNumber("version", definition.Version);
        foreach (var (name, value) in definition.Properties.Where(p => !p.Key.StartsWith('$') && !DocumentModelled.Contains(p.Key)))
            WriteProperty(writer, name, value);
        writer.WriteStartArray("variables");
        foreach (var variable in definition.Variables)
            WriteVariable(writer, variable);
        writer.WriteEndArray();
        writer.WriteStartObject("customProperties");
        WriteKept(writer, definition.CustomProperties, definition.Procedure is null ? None : ProcedureName);
        if (definition.Procedure is not null)
        {
            writer.WritePropertyName("procedure");
            ProcedureJson.Write(writer, definition.Procedure);
        }

        writer.WriteEndObject();
        writer.WritePropertyName("root");
        WriteActivity(writer, definition.Root);
        writer.WriteEndObject();
    }

    public static void WriteActivity(Utf8JsonWriter writer, Activity activity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", activity.Id);
        writer.WriteString("type", activity.Type);
        writer.WriteNumber("version", activity.Version);
        if (activity.Name is not null)
            writer.WriteString("name", activity.Name);
        WriteKept(writer, activity.Properties, ActivityModelled);
        writer.WriteStartObject("customProperties");
        writer.WriteBoolean("canStartWorkflow", activity.CanStartWorkflow);
        writer.WriteBoolean("runAsynchronously", activity.RunAsynchronously);
        WriteKept(writer, activity.CustomProperties, FlagNames);
        writer.WriteEndObject();
        writer.WriteStartObject("metadata");
        WriteKept(writer, activity.Metadata, None);
        writer.WriteEndObject();
        if (activity.Activities is not null)
        {
            writer.WriteStartArray("activities");
            foreach (var child in activity.Activities)
                WriteActivity(writer, child);
            writer.WriteEndArray();
        }

        if (activity.Connections is not null)
        {
            writer.WriteStartArray("connections");
            foreach (var connection in activity.Connections)
                WriteConnection(writer, connection);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes kept properties in order, skipping names the caller writes itself.</summary>
    public static void WriteKept(Utf8JsonWriter writer, JsonProperties properties, HashSet<string> skip)
    {
        foreach (var (name, value) in properties)
        {
            if (!skip.Contains(name))
                WriteProperty(writer, name, value);
        }
    }

    private static void WriteConnection(Utf8JsonWriter writer, Connection connection)
    {
        writer.WriteStartObject();
        WriteEndpoint(writer, "source", connection.Source);
        WriteEndpoint(writer, "target", connection.Target);
        writer.WriteStartArray("vertices");
        foreach (var point in connection.Vertices)
        {
            writer.WriteStartObject();
            writer.WriteNumber("x", point.X);
            writer.WriteNumber("y", point.Y);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteKept(writer, connection.Properties, ConnectionModelled);
        writer.WriteEndObject();
    }

    private static void WriteEndpoint(Utf8JsonWriter writer, string name, Endpoint endpoint)
    {
        writer.WriteStartObject(name);
        writer.WriteString("activity", endpoint.ActivityId);
        if (endpoint.Port is not null)
            writer.WriteString("port", endpoint.Port);
        writer.WriteEndObject();
    }

    private static void WriteVariable(Utf8JsonWriter writer, VariableDefinition variable)
    {
        writer.WriteStartObject();
        writer.WriteString("id", variable.Id);
        writer.WriteString("name", variable.Name);
        writer.WriteString("typeName", variable.TypeName);
        writer.WriteBoolean("isArray", variable.IsArray);
        if (variable.Value is not null)
            WriteProperty(writer, "value", variable.Value);
        if (variable.StorageDriverTypeName is not null)
            writer.WriteString("storageDriverTypeName", variable.StorageDriverTypeName);
        WriteKept(writer, variable.Properties, VariableModelled);
        writer.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, System.Text.Json.Nodes.JsonNode? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
            writer.WriteNullValue();
        else
            value.WriteTo(writer);
    }
}
