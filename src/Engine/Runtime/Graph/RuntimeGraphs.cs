using System.Runtime.CompilerServices;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>The runtime graph of each workflow version, built once and kept as long as the workflow object lives.</summary>
internal static class RuntimeGraphs
{
    private static readonly ConditionalWeakTable<WorkflowDefinition, RuntimeGraph> Graphs = new();

    public static RuntimeGraph Of(WorkflowDefinition workflow) =>
        Graphs.GetValue(workflow, static definition => RuntimeGraphBuilder.Build(definition));
}
