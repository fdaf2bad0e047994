using TthcFlow.Definitions.Procedures;

namespace TthcFlow.Definitions.Model;

/// <summary>
/// A procedure's internal process (quy trình nội bộ) as an Elsa Workflows 3 workflow definition
/// (<c>WorkflowDefinitionModel</c>). Read and written by <see cref="Elsa.ElsaJson"/>; properties
/// TthcFlow does not model are kept and written back.
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>The stable id of the process across versions (Elsa's <c>definitionId</c>).</summary>
    public required string DefinitionId { get; init; }

    /// <summary>The id of this version (optional on import).</summary>
    public string? Id { get; init; }

    public int Version { get; init; } = 1;

    public string? Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    /// <summary>The root activity, normally an <c>Elsa.Flowchart</c>.</summary>
    public required Activity Root { get; init; }

    /// <summary>The procedure (thủ tục hành chính) this process implements: <c>customProperties.procedure</c>.</summary>
    public ProcedureInfo? Procedure { get; init; }

    /// <summary><c>customProperties</c> other than <c>procedure</c>, kept.</summary>
    public JsonProperties CustomProperties { get; init; } = JsonProperties.Empty;

    /// <summary>Document properties TthcFlow does not model (<c>createdAt</c>, <c>options</c>, …), kept in order.</summary>
    public JsonProperties Properties { get; init; } = JsonProperties.Empty;

    /// <summary>The root and every activity nested in it, depth first.</summary>
    public IEnumerable<Activity> AllActivities() => Root.Descendants().Prepend(Root);

    /// <summary>The first activity with the given id, or null.</summary>
    public Activity? FindActivity(string id) => AllActivities().FirstOrDefault(a => a.Id == id);

    public bool Equals(WorkflowDefinition? other) =>
        other is not null && DefinitionId == other.DefinitionId && Id == other.Id && Version == other.Version
        && Name == other.Name && Description == other.Description
        && Variables.SequenceEqual(other.Variables) && Root.Equals(other.Root)
        && Equals(Procedure, other.Procedure)
        && CustomProperties.Equals(other.CustomProperties) && Properties.Equals(other.Properties);

    public override int GetHashCode() => HashCode.Combine(DefinitionId, Version);
}
