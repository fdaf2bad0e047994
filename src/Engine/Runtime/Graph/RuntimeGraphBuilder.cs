using System.Text.Json.Nodes;
using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Compilation;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;
using DefinedActivities = TthcFlow.Definitions.Activities;
using ModelActivity = TthcFlow.Definitions.Model.Activity;

namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>
/// Builds the runtime graph from a compiled workflow: node indices, settings, ports and edges are
/// the compiler's; the runtime adds, per node, the connection lists its token rules read (forward
/// inbound by Elsa's own loop-back rule, ancestors). Elsa's FlowNode, ParallelForEach and Event,
/// which the catalogue does not describe, need the source definition: their bodies are read from it
/// and compiled by the same catalogue; without it they fault when reached.
/// </summary>
internal sealed class RuntimeGraphBuilder
{
    private const string FlowNodeType = "Elsa.FlowNode";
    private const string ParallelForEachType = "Elsa.ParallelForEach";
    private const string EventType = "Elsa.Event";

    private readonly WorkflowDefinition? _source;
    private readonly List<GraphNode> _nodes = [];
    private readonly List<FlowchartGraph> _flowcharts = [];
    private readonly List<IReadOnlyList<FlowConnection>> _connections = [];

    private RuntimeGraphBuilder(WorkflowDefinition? source) => _source = source;

    public static RuntimeGraph Build(CompiledWorkflow compiled, WorkflowDefinition? source)
    {
        var builder = new RuntimeGraphBuilder(source);
        builder.AddCompiled(compiled);
        var graph = new RuntimeGraph
        {
            DefinitionId = compiled.DefinitionId,
            Version = compiled.Version,
            Nodes = builder._nodes.ToArray(),
            Flowcharts = builder._flowcharts.ToArray(),
            Variables = compiled.Variables
                .Select(v => new VariableSlot(v.Id, v.Name, v.TypeName, ExprConversion.InitialValue(v.TypeName, v.DefaultValue)))
                .ToArray(),
        };
        graph.Link(builder._connections.ToArray());
        return graph;
    }

    private void AddCompiled(CompiledWorkflow compiled)
    {
        // Flowcharts first: the root, then every nested Elsa.Flowchart node, so nodes can name theirs.
        var flowchartOf = new Dictionary<int, int> { [-1] = 0 };
        _flowcharts.Add(new FlowchartGraph { Index = 0, Owner = -1, Start = compiled.StartNode, Nodes = [.. compiled.RootNodes] });
        foreach (var node in compiled.Nodes.Where(n => n.Type == ActivityTypeNames.Flowchart))
        {
            flowchartOf[node.Index] = _flowcharts.Count;
            _flowcharts.Add(new FlowchartGraph { Index = _flowcharts.Count, Owner = node.Index, Start = node.StartNode, Nodes = [.. node.Children] });
        }

        var connections = _flowcharts.Select(_ => new List<FlowConnection>()).ToArray();
        foreach (var edge in compiled.Edges)
            connections[flowchartOf[compiled.Nodes[edge.Source].Container]].Add(new FlowConnection(edge.Source, edge.Port, edge.Target));
        _connections.AddRange(connections);

        _nodes.AddRange(new GraphNode[compiled.Nodes.Length]);
        foreach (var node in compiled.Nodes)
        {
            var (kind, settings, body) = node.Type switch
            {
                ActivityTypeNames.Flowchart => (ActivityKind.FlowNode, null, flowchartOf[node.Index]),
                FlowNodeType or ParallelForEachType or EventType when _source?.FindActivity(node.Id) is { } activity => ElsaOnly(activity, node.Index),
                _ => (node.IsExecutable ? KindOf(node.Type) : ActivityKind.Unsupported, Convert(node.Settings), -1),
            };
            _nodes[node.Index] = new GraphNode
            {
                Index = node.Index,
                ActivityId = node.Id,
                ActivityType = node.Type,
                Kind = kind,
                Flowchart = flowchartOf[node.Container],
                MergeMode = node.MergeMode is { } merge ? Enum.Parse<MergeMode>(merge.ToString()) : MergeMode.None,
                Settings = settings,
                Ports = node.Ports,
                Body = body,
            };
        }
    }

    /// <summary>FlowNode, ParallelForEach and Event from the source definition.</summary>
    private (ActivityKind, NodeSettings?, int) ElsaOnly(ModelActivity activity, int index) => activity.Type switch
    {
        FlowNodeType => (ActivityKind.FlowNode, null, Body(activity, index)),
        ParallelForEachType => (ActivityKind.ParallelForEach, new ForEachSettings(Input(activity, "items")), Body(activity, index)),
        _ => (ActivityKind.Event, new EventSettings(Input(activity, "eventName")), -1),
    };

    /// <summary>A body (usually an Elsa.Flowchart) in the <c>body</c> property of a FlowNode / ParallelForEach.</summary>
    private int Body(ModelActivity activity, int owner)
    {
        if (activity.Properties["body"] is not JsonObject body)
            return -1;
        var document = new JsonObject { ["definitionId"] = "body", ["root"] = body.DeepClone() };
        return AddBody(ElsaJson.Read(document.ToJsonString()).Root, owner);
    }

    /// <summary>Adds a body flowchart read from the source (or a single activity used as a body).</summary>
    private int AddBody(ModelActivity container, int owner)
    {
        var index = _flowcharts.Count;
        _flowcharts.Add(null!);
        _connections.Add([]);
        var isFlowchart = container.Type == ActivityTypeNames.Flowchart;
        var children = isFlowchart ? container.Activities ?? [] : [container];
        var first = _nodes.Count;
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in children)
        {
            indexById.TryAdd(child.Id, _nodes.Count);
            _nodes.Add(null!);
        }

        for (var i = 0; i < children.Count; i++)
            _nodes[first + i] = BodyNode(children[i], first + i, index);

        var links = (isFlowchart ? container.Connections ?? [] : [])
            .Where(c => indexById.ContainsKey(c.Source.ActivityId) && indexById.ContainsKey(c.Target.ActivityId))
            .Select(c => new FlowConnection(indexById[c.Source.ActivityId], c.Source.Port ?? "Done", indexById[c.Target.ActivityId]))
            .ToArray();
        _connections[index] = links;
        _flowcharts[index] = new FlowchartGraph { Index = index, Owner = owner, Start = BodyStart(children, links, first), Nodes = [.. Enumerable.Range(first, children.Count)] };
        return index;
    }

    private GraphNode BodyNode(ModelActivity activity, int index, int flowchart)
    {
        var (kind, settings, ports, body) = activity.Type switch
        {
            ActivityTypeNames.Flowchart => (ActivityKind.FlowNode, null, ["Done"], AddBody(activity, index)),
            FlowNodeType or ParallelForEachType or EventType => WithDone(ElsaOnly(activity, index)),
            _ => Catalogued(activity),
        };
        return new GraphNode
        {
            Index = index,
            ActivityId = activity.Id,
            ActivityType = activity.Type,
            Kind = kind,
            Flowchart = flowchart,
            MergeMode = Enum.TryParse<MergeMode>(activity.MergeMode, ignoreCase: true, out var merge) ? merge : MergeMode.None,
            Settings = settings,
            Ports = ports,
            Body = body,
        };
    }

    private static (ActivityKind, NodeSettings?, IReadOnlyList<string>, int) WithDone((ActivityKind Kind, NodeSettings? Settings, int Body) node) =>
        (node.Kind, node.Settings, ["Done"], node.Body);

    private (ActivityKind, NodeSettings?, IReadOnlyList<string>, int) Catalogued(ModelActivity activity)
    {
        if (ActivityCatalogue.Default.Find(activity.Type) is not { } type)
            return (ActivityKind.Unsupported, null, [], -1);
        var context = new SettingsContext(activity, type.Descriptor, _source!, ValidationContext.Default, []);
        var settings = type.CompileSettings(activity, context);
        return (KindOf(activity.Type), Convert(settings), type.Ports(settings), -1);
    }

    /// <summary>Elsa's start for a body: an Elsa.Start, else the first that can start, else the first without inbound connections.</summary>
    private static int BodyStart(IReadOnlyList<ModelActivity> children, FlowConnection[] links, int first)
    {
        var start = children.Select((a, i) => (a, i)).FirstOrDefault(x => x.a.Type == ActivityTypeNames.Start, (null!, -1)).Item2;
        if (start < 0)
            start = children.Select((a, i) => (a, i)).FirstOrDefault(x => x.a.CanStartWorkflow, (null!, -1)).Item2;
        if (start < 0)
            start = Enumerable.Range(0, children.Count).FirstOrDefault(i => !links.Any(c => c.Target == first + i), children.Count > 0 ? 0 : -1);
        return start < 0 ? -1 : first + start;
    }

    /// <summary>The compiler's settings in the runtime's form (expressions made immutable).</summary>
    private static NodeSettings? Convert(ActivitySettings settings) => settings switch
    {
        DefinedActivities.WriteLineSettings s => new WriteLineSettings(ExprConversion.From(s.Text)),
        DefinedActivities.SetVariableSettings s => new SetVariableSettings(s.VariableName, ExprConversion.From(s.Value)),
        FlowDecisionSettings s => new DecisionSettings(ExprConversion.From(s.Condition)),
        FlowSwitchSettings s => new SwitchSettings(
            s.Cases.Select(c => new SwitchCase(c.Label, ExprConversion.From(c.Condition))).ToArray(), s.Mode == SwitchMode.MatchAny),
        FlowForkSettings s => new ForkSettings(s.Branches),
        FlowJoinSettings s => new JoinSettings(s.Mode == JoinMode.WaitAny ? MergeMode.Race : MergeMode.Merge),
        TimerSettings s => new DurationSettings(ExprConversion.From(s.Duration)),
        DefinedActivities.FaultSettings s => new FaultSettings(ExprConversion.From(s.Code), ExprConversion.From(s.Category), ExprConversion.From(s.Message)),
        HumanStepSettings s => new HumanTaskNodeSettings(s),
        TransferSettings s => new TransferNodeSettings(s),
        _ => null,
    };

    private static ActivityKind KindOf(string type) => type switch
    {
        ActivityTypeNames.Start => ActivityKind.Start,
        ActivityTypeNames.End => ActivityKind.End,
        ActivityTypeNames.Finish => ActivityKind.Finish,
        ActivityTypeNames.Fault => ActivityKind.Fault,
        ActivityTypeNames.WriteLine => ActivityKind.WriteLine,
        ActivityTypeNames.SetVariable => ActivityKind.SetVariable,
        ActivityTypeNames.FlowDecision => ActivityKind.FlowDecision,
        ActivityTypeNames.FlowSwitch => ActivityKind.FlowSwitch,
        ActivityTypeNames.FlowFork => ActivityKind.FlowFork,
        ActivityTypeNames.FlowJoin => ActivityKind.FlowJoin,
        ActivityTypeNames.Delay => ActivityKind.Delay,
        ActivityTypeNames.Timer => ActivityKind.Timer,
        ActivityTypeNames.Receipt or ActivityTypeNames.OfficerStep or ActivityTypeNames.FinancialObligation
            or ActivityTypeNames.ReturnResult => ActivityKind.HumanTask,
        ActivityTypeNames.Transfer => ActivityKind.Transfer,
        _ => ActivityKind.Unsupported,
    };

    private static Expr? Input(ModelActivity activity, string name) =>
        activity.GetInput(name) is { } input ? ExprConversion.From(input.Expression, input.TypeName) : null;
}
