using System.Runtime.CompilerServices;
using TthcFlow.Definitions.Compilation;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>The runtime graph of each compiled workflow, built once and kept as long as the compiled workflow lives.</summary>
internal static class RuntimeGraphs
{
    private static readonly ConditionalWeakTable<CompiledWorkflow, RuntimeGraph> Graphs = new();
    private static readonly ConditionalWeakTable<CompiledWorkflow, RuntimeGraph> GraphsWithSource = new();
    private static readonly ConditionalWeakTable<WorkflowDefinition, RuntimeGraph> GraphsOfDefinitions = new();

    public static RuntimeGraph Of(CompiledWorkflow workflow) =>
        Graphs.GetValue(workflow, static compiled => RuntimeGraphBuilder.Build(compiled, null));

    /// <summary>The graph with Elsa's FlowNode, ParallelForEach and Event read from the definition the workflow was compiled from.</summary>
    public static RuntimeGraph Of(CompiledWorkflow workflow, WorkflowDefinition source) =>
        GraphsWithSource.GetValue(workflow, compiled => RuntimeGraphBuilder.Build(compiled, source));

    /// <summary>The graph of a definition, compiled once (throws <see cref="InvalidDefinitionException"/> when it has errors).</summary>
    public static RuntimeGraph Of(WorkflowDefinition definition) =>
        GraphsOfDefinitions.GetValue(definition, static source => RuntimeGraphBuilder.Build(WorkflowCompiler.Compile(source), source));
}
