using System.Text.Json.Nodes;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Elsa;

/// <summary>Maps an Elsa 3 <c>WorkflowDefinitionModel</c> object to <see cref="WorkflowDefinition"/>.</summary>
internal static class DefinitionReader
{
    private static readonly HashSet<string> Modelled =
        ["id", "definitionId", "name", "description", "version", "variables", "customProperties", "root"];

    public static WorkflowDefinition Read(JsonObject json)
    {
        var rootJson = JsonFields.Object(json, "root") ?? throw new JsonShapeException(json, "root",
            "Thiếu hoạt động gốc “root”.", "The root activity \"root\" is missing.");
        var root = ActivityReader.Read(rootJson);
        var definitionId = JsonFields.RequiredString(json, "definitionId");
        var id = JsonFields.String(json, "id");
        var name = JsonFields.String(json, "name");
        var description = JsonFields.String(json, "description");
        var version = JsonFields.Int(json, "version") ?? 1;
        var variables = JsonFields.Array(json, "variables") is { } list
            ? JsonFields.Objects(list).Select(ReadVariable).ToList()
            : [];

        var customProperties = new List<KeyValuePair<string, JsonNode?>>();
        Procedures.ProcedureInfo? procedure = null;
        if (JsonFields.Object(json, "customProperties") is { } custom)
        {
            if (JsonFields.Object(custom, "procedure") is { } procedureJson)
                procedure = ProcedureJson.Read(procedureJson);
            customProperties = JsonFields.Detach(custom);
            customProperties.RemoveAll(p => p.Key == "procedure" && p.Value is not null);
        }

        var properties = JsonFields.Detach(json);
        properties.RemoveAll(p => Modelled.Contains(p.Key));
        return new WorkflowDefinition
        {
            DefinitionId = definitionId,
            Id = id,
            Version = version,
            Name = name,
            Description = description,
            Variables = variables,
            Root = root,
            Procedure = procedure,
            CustomProperties = JsonProperties.Wrap(customProperties),
            Properties = JsonProperties.Wrap(properties),
        };
    }

    /// <summary>Reads one variable object (<c>{id, name, typeName, isArray, value, …}</c>).</summary>
    public static VariableDefinition ReadVariable(JsonObject json)
    {
        var variable = new VariableDefinition(
            JsonFields.RequiredString(json, "id"),
            JsonFields.RequiredString(json, "name"),
            JsonFields.String(json, "typeName") ?? "Object")
        {
            IsArray = JsonFields.Bool(json, "isArray") ?? false,
            StorageDriverTypeName = JsonFields.String(json, "storageDriverTypeName"),
        };
        var properties = JsonFields.Detach(json);
        var value = properties.FirstOrDefault(p => p.Key == "value").Value;
        properties.RemoveAll(p => p.Key is "id" or "name" or "typeName" or "isArray" or "value" or "storageDriverTypeName");
        return variable with { Value = value, Properties = JsonProperties.Wrap(properties) };
    }
}
