using System.Text.Json.Nodes;
using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;
using Compiled = TthcFlow.Definitions.Activities;
using ModelActivity = TthcFlow.Definitions.Model.Activity;

namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>
/// Builds the runtime graph of a workflow definition: every flowchart (the root, and the bodies of
/// FlowNode / ParallelForEach / nested Elsa.Flowchart activities) becomes indexed nodes with
/// their settings — compiled by the activity catalogue, the same code that validates them — and
/// precomputed connection lists. The few Elsa container and event types the catalogue does not
/// describe are read here.
/// </summary>
internal sealed class RuntimeGraphBuilder
{
    private const string FlowNodeType = "Elsa.FlowNode";
    private const string ParallelForEachType = "Elsa.ParallelForEach";
    private const string EventType = "Elsa.Event";

    private readonly WorkflowDefinition _definition;
    private readonly ActivityCatalogue _catalogue;
    private readonly List<GraphNode> _nodes = [];
    private readonly List<FlowchartGraph> _flowcharts = [];
    private readonly List<IReadOnlyList<FlowConnection>> _connections = [];

    private RuntimeGraphBuilder(WorkflowDefinition definition, ActivityCatalogue catalogue)
    {
        _definition = definition;
        _catalogue = catalogue;
    }

    public static RuntimeGraph Build(WorkflowDefinition definition, ActivityCatalogue? catalogue = null)
    {
        var builder = new RuntimeGraphBuilder(definition, catalogue ?? ActivityCatalogue.Default);
        builder.AddFlowchart(definition.Root, owner: -1);
        var graph = new RuntimeGraph
        {
            DefinitionId = definition.DefinitionId,
            Version = definition.Version,
            Nodes = builder._nodes.ToArray(),
            Flowcharts = builder._flowcharts.ToArray(),
            Variables = definition.Variables
                .Select(v => new VariableSlot(v.Id, v.Name, v.TypeName, ExprConversion.InitialValue(v)))
                .ToArray(),
        };
        graph.Link(builder._connections.ToArray());
        return graph;
    }

    /// <summary>Adds a flowchart (or a single activity used as a body) and returns its index.</summary>
    private int AddFlowchart(ModelActivity container, int owner)
    {
        var index = _flowcharts.Count;
        _flowcharts.Add(null!);
        _connections.Add([]);
        var children = container.Type == ActivityTypeNames.Flowchart ? container.Activities ?? [] : [container];
        var connections = container.Type == ActivityTypeNames.Flowchart ? container.Connections ?? [] : [];

        var first = _nodes.Count;
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in children)
        {
            indexById.TryAdd(child.Id, _nodes.Count);
            _nodes.Add(null!);
        }

        for (var i = 0; i < children.Count; i++)
            _nodes[first + i] = Node(children[i], first + i, index);

        var links = connections
            .Where(c => indexById.ContainsKey(c.Source.ActivityId) && indexById.ContainsKey(c.Target.ActivityId))
            .Select(c => new FlowConnection(indexById[c.Source.ActivityId], c.Source.Port ?? "Done", indexById[c.Target.ActivityId]))
            .ToArray();
        _connections[index] = links;
        _flowcharts[index] = new FlowchartGraph
        {
            Index = index,
            Owner = owner,
            Start = StartNode(children, links, first),
            Nodes = Enumerable.Range(first, children.Count).ToArray(),
        };
        return index;
    }

    /// <summary>Elsa's start: an Elsa.Start, else the first that can start the workflow, else the first without inbound connections, else the first.</summary>
    private static int StartNode(IReadOnlyList<ModelActivity> children, FlowConnection[] links, int first)
    {
        if (children.Count == 0)
            return -1;
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].Type == ActivityTypeNames.Start)
                return first + i;
        }

        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].CanStartWorkflow)
                return first + i;
        }

        for (var i = 0; i < children.Count; i++)
        {
            if (!links.Any(c => c.Target == first + i))
                return first + i;
        }

        return first;
    }

    private GraphNode Node(ModelActivity activity, int index, int flowchart)
    {
        var (kind, settings, ports, body) = activity.Type switch
        {
            ActivityTypeNames.Flowchart => (ActivityKind.FlowNode, null, ["Done"], AddFlowchart(activity, index)),
            FlowNodeType => (ActivityKind.FlowNode, null, ["Done"], Body(activity, index)),
            ParallelForEachType => (ActivityKind.ParallelForEach, new ForEachSettings(Input(activity, "items")), ["Done"], Body(activity, index)),
            EventType => (ActivityKind.Event, new EventSettings(Input(activity, "eventName")), ["Done"], -1),
            _ => FromCatalogue(activity),
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

    private (ActivityKind, NodeSettings?, IReadOnlyList<string>, int) FromCatalogue(ModelActivity activity)
    {
        var type = _catalogue.Find(activity.Type);
        if (type is null)
            return (ActivityKind.Unsupported, null, [], -1);
        var context = new SettingsContext(activity, type.Descriptor, _definition, ValidationContext.Default, []);
        var compiled = type.CompileSettings(activity, context);
        var ports = type.Ports(compiled);
        NodeSettings? settings = compiled switch
        {
            Compiled.WriteLineSettings s => new WriteLineSettings(ExprConversion.From(s.Text)),
            Compiled.SetVariableSettings s => new SetVariableSettings(s.VariableName, ExprConversion.From(s.Value)),
            FlowDecisionSettings s => new DecisionSettings(ExprConversion.From(s.Condition)),
            FlowSwitchSettings s => new SwitchSettings(
                s.Cases.Select(c => new SwitchCase(c.Label, ExprConversion.From(c.Condition))).ToArray(), s.Mode == SwitchMode.MatchAny),
            FlowForkSettings s => new ForkSettings(s.Branches),
            FlowJoinSettings s => new JoinSettings(s.Mode == JoinMode.WaitAny ? MergeMode.Race : MergeMode.Merge),
            TimerSettings s => new DurationSettings(ExprConversion.From(s.Duration)),
            Compiled.FaultSettings s => new FaultSettings(ExprConversion.From(s.Code), ExprConversion.From(s.Category), ExprConversion.From(s.Message)),
            HumanStepSettings s => new HumanTaskNodeSettings(s),
            Compiled.TransferSettings s => new TransferNodeSettings(s),
            _ => null,
        };
        return (KindOf(activity.Type), settings, ports, -1);
    }

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

    /// <summary>The body of a FlowNode / ParallelForEach: an activity object (usually an Elsa.Flowchart) in its <c>body</c> property.</summary>
    private int Body(ModelActivity activity, int owner)
    {
        if (activity.Properties["body"] is not JsonObject body)
            return -1;
        var document = new JsonObject { ["definitionId"] = "body", ["root"] = body.DeepClone() };
        return AddFlowchart(ElsaJson.Read(document.ToJsonString()).Root, owner);
    }

    private static Expr? Input(ModelActivity activity, string name) =>
        activity.GetInput(name) is { } input ? ExprConversion.From(input.Expression, input.TypeName) : null;
}
