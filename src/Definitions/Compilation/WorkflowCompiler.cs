using System.Collections.Immutable;
using System.Text.Json;
using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Compilation;

/// <summary>
/// Compiles a validated definition into a <see cref="CompiledWorkflow"/>: each activity's inputs
/// become typed settings through its catalogue class, connections become indexed edges.
/// </summary>
public static class WorkflowCompiler
{
    /// <summary>Compiles with the default catalogue and no organisation checks.</summary>
    /// <exception cref="InvalidDefinitionException">Validation found errors.</exception>
    public static CompiledWorkflow Compile(WorkflowDefinition definition) =>
        Compile(definition, ActivityCatalogue.Default, ValidationContext.Default);

    /// <exception cref="InvalidDefinitionException">Validation found errors.</exception>
    public static CompiledWorkflow Compile(WorkflowDefinition definition, ActivityCatalogue catalogue) =>
        Compile(definition, catalogue, ValidationContext.Default);

    /// <exception cref="InvalidDefinitionException">Validation found errors.</exception>
    public static CompiledWorkflow Compile(WorkflowDefinition definition, ActivityCatalogue catalogue, ValidationContext context)
    {
        var (analysis, report) = DefinitionValidator.Analyse(definition, context, catalogue);
        if (!report.IsValid)
            throw new InvalidDefinitionException(definition.DefinitionId, report);

        var nodes = analysis.Nodes.Select(n => Node(analysis, n)).ToImmutableArray();
        var edges = analysis.Edges.Select(e => new CompiledEdge(e.Index, e.Source, e.Port, e.Target, e.TargetPort, e.IsBackward))
            .ToImmutableArray();
        var root = analysis.Containers[0];
        var variables = definition.Variables.Select((v, i) => new CompiledVariable(i, v.Id, v.Name, v.TypeName, v.IsArray,
            v.Value is null ? null : JsonElement.Parse(v.Value.ToJsonString()))).ToImmutableArray();
        return new CompiledWorkflow(definition.DefinitionId, definition.Id, definition.Version, definition.Name, definition.Procedure,
            nodes, edges, [.. root.Nodes], root.Start, [.. root.Triggers], variables, analysis.Plan, [.. report.Warnings]);
    }

    private static CompiledNode Node(GraphAnalysis analysis, GraphAnalysis.Node node)
    {
        var ports = node.Ports.ToImmutableArray();
        var byPort = ports.Select(p => node.Out.Where(e => analysis.Edges[e].Port == p).ToImmutableArray()).ToImmutableArray();
        var container = analysis.Containers[node.Container];
        var own = node.OwnContainer >= 0 ? analysis.Containers[node.OwnContainer] : null;
        return new CompiledNode(node.Index, node.Activity.Id, node.Activity.Type, node.Activity.Name, node.Type?.Descriptor,
            node.Settings, node.MergeMode, node.Activity.CanStartWorkflow, node.Activity.RunAsynchronously, container.FlowchartNode,
            ports, byPort, [.. node.Out], [.. node.In], node.In.Count(e => !analysis.Edges[e].IsBackward),
            own is null ? [] : [.. own.Nodes], own?.Start ?? -1);
    }
}
