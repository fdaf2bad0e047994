using System.Text.Json;
using System.Text.Json.Nodes;
using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Compilation;

/// <summary>
/// The graph of a definition as validation and compilation both see it: flowcharts flattened to
/// indexed nodes (root flowchart first, then nested ones), settings compiled by each activity's
/// catalogue class, edges resolved, start, reachability, loop-backs and exits found, allotments
/// planned, issues collected.
/// </summary>
internal sealed partial class GraphAnalysis
{
    internal sealed class Node(int index, Activity activity, int container)
    {
        public int Index { get; } = index;
        public Activity Activity { get; } = activity;
        public int Container { get; } = container;
        public ActivityType? Type { get; set; }
        public ActivitySettings Settings { get; set; } = ActivitySettings.None;
        public List<string> Ports { get; } = [];
        public MergeMode? MergeMode { get; set; }
        public List<int> Out { get; } = [];
        public List<int> In { get; } = [];
        public bool Reachable { get; set; }
        public bool CanEnd { get; set; }
        public int OwnContainer { get; set; } = -1;
        public string Label => Activity.Name ?? Activity.Id;
        public bool IsTthcFlow => Activity.Type.StartsWith(ActivityTypeNames.TthcFlowPrefix, StringComparison.Ordinal);
    }

    internal sealed class Container(int index, Activity activity, int flowchartNode)
    {
        public int Index { get; } = index;
        public Activity Activity { get; } = activity;
        public int FlowchartNode { get; } = flowchartNode;
        public List<int> Nodes { get; } = [];
        public Dictionary<string, int> ById { get; } = new(StringComparer.Ordinal);
        public int Start { get; set; } = -1;
        public List<int> Triggers { get; } = [];
    }

    internal sealed record Edge(int Index, int Source, string Port, int Target, string? TargetPort)
    {
        public bool IsBackward { get; set; }
    }

    private readonly ActivityCatalogue _catalogue;

    private GraphAnalysis(WorkflowDefinition definition, ActivityCatalogue catalogue, ValidationContext context)
    {
        Definition = definition;
        _catalogue = catalogue;
        Context = context;
    }

    public WorkflowDefinition Definition { get; }

    public ValidationContext Context { get; }

    public List<Node> Nodes { get; } = [];

    public List<Edge> Edges { get; } = [];

    public List<Container> Containers { get; } = [];

    public List<ValidationIssue> Issues { get; } = [];

    public AllotmentPlan Plan { get; private set; } = AllotmentPlan.Empty;

    public static GraphAnalysis Run(WorkflowDefinition definition, ActivityCatalogue catalogue, ValidationContext context)
    {
        var analysis = new GraphAnalysis(definition, catalogue, context);
        analysis.CheckDuplicateIds();
        if (definition.Root.Type != ActivityTypeNames.Flowchart)
        {
            analysis.Error(IssueCodes.RootNotFlowchart, definition.Root.Id, null,
                $"Hoạt động gốc phải là Elsa.Flowchart, không phải “{definition.Root.Type}”.",
                $"The root activity must be an Elsa.Flowchart, not \"{definition.Root.Type}\".");
            return analysis;
        }

        analysis.AddContainer(definition.Root, -1);
        foreach (var container in analysis.Containers)
            analysis.Connect(container);
        analysis.FindStarts();
        analysis.FindReachable();
        analysis.FindLoopbacks();
        analysis.FindExits();
        analysis.CheckOutcomes();
        analysis.Plan = AllotmentPlanner.Plan(analysis);
        return analysis;
    }

    public void Error(string code, string? activityId, string? field, string vi, string en) =>
        Issues.Add(new ValidationIssue(Severity.Error, code, activityId, field, vi, en));

    public void Warning(string code, string? activityId, string? field, string vi, string en) =>
        Issues.Add(new ValidationIssue(Severity.Warning, code, activityId, field, vi, en));

    private void CheckDuplicateIds()
    {
        foreach (var group in Definition.AllActivities().GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Error(IssueCodes.DuplicateActivityId, group.Key, null,
                $"Mã hoạt động “{group.Key}” được dùng cho {group.Count()} hoạt động; mỗi hoạt động cần một mã riêng.",
                $"Activity id \"{group.Key}\" is used by {group.Count()} activities; each needs its own.");
        }
    }

    private int AddContainer(Activity flowchart, int flowchartNode)
    {
        var container = new Container(Containers.Count, flowchart, flowchartNode);
        Containers.Add(container);
        foreach (var child in flowchart.Activities ?? [])
        {
            var node = AddNode(child, container.Index);
            container.Nodes.Add(node.Index);
            container.ById.TryAdd(child.Id, node.Index);
        }

        foreach (var index in container.Nodes.ToList())
        {
            var node = Nodes[index];
            if (node.Activity.Type == ActivityTypeNames.Flowchart && node.Activity.Activities is not null)
                node.OwnContainer = AddContainer(node.Activity, index);
        }

        return container.Index;
    }

    private Node AddNode(Activity activity, int container)
    {
        var node = new Node(Nodes.Count, activity, container);
        Nodes.Add(node);
        node.Type = _catalogue.Find(activity.Type);
        if (node.Type is { } type)
        {
            var context = new SettingsContext(activity, type.Descriptor, Definition, Context, Issues);
            node.Settings = type.CompileSettings(activity, context);
            node.Ports.AddRange(type.Ports(node.Settings));
        }
        else
        {
            node.Settings = new UnsupportedSettings(activity.Type);
            ReportUnsupported(activity);
        }

        node.MergeMode = ReadMergeMode(activity);
        return node;
    }

    private void ReportUnsupported(Activity activity)
    {
        if (activity.Type.StartsWith(ActivityTypeNames.TthcFlowPrefix, StringComparison.Ordinal))
        {
            Error(IssueCodes.UnknownActivityType, activity.Id, null, $"Loại hoạt động “{activity.Type}” không tồn tại trong TthcFlow.",
                $"TthcFlow has no activity type \"{activity.Type}\".");
            return;
        }

        var (vi, en) = ($"Loại hoạt động “{activity.Type}” được giữ nguyên nhưng TthcFlow không thực thi được.",
            $"Activity type \"{activity.Type}\" is kept, not executable by TthcFlow.");
        if (Context.ForPublication)
            Error(IssueCodes.UnsupportedActivityType, activity.Id, null, vi, en);
        else
            Warning(IssueCodes.UnsupportedActivityType, activity.Id, null, vi, en);
    }

    private MergeMode? ReadMergeMode(Activity activity)
    {
        if (activity.CustomProperties["mergeMode"] is not { } json)
            return null;
        var text = json is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : json.ToJsonString();
        if (Enum.TryParse<MergeMode>(text, out var mode) && Enum.IsDefined(mode) && !int.TryParse(text, out _))
            return mode;
        Error(IssueCodes.InvalidMergeMode, activity.Id, "mergeMode",
            $"Chế độ hợp luồng “{text}” không hợp lệ: chỉ {string.Join(", ", Enum.GetNames<MergeMode>())}.",
            $"Merge mode \"{text}\" is invalid: {string.Join(", ", Enum.GetNames<MergeMode>())} only.");
        return null;
    }

    private void Connect(Container container)
    {
        foreach (var connection in container.Activity.Connections ?? [])
        {
            var hasSource = container.ById.TryGetValue(connection.Source.ActivityId, out var source);
            var hasTarget = container.ById.TryGetValue(connection.Target.ActivityId, out var target);
            if (!hasSource || !hasTarget)
            {
                var missing = hasSource ? connection.Target.ActivityId : connection.Source.ActivityId;
                var shownOn = hasSource ? connection.Source.ActivityId : hasTarget ? connection.Target.ActivityId : container.Activity.Id;
                Error(IssueCodes.DanglingConnection, shownOn, "connections",
                    $"Kết nối “{connection.Source.ActivityId}” → “{connection.Target.ActivityId}” trỏ tới hoạt động không có trong lưu đồ: “{missing}”.",
                    $"Connection \"{connection.Source.ActivityId}\" → \"{connection.Target.ActivityId}\" refers to an activity not in the flowchart: \"{missing}\".");
                continue;
            }

            var from = Nodes[source];
            var port = connection.Source.Port ?? "Done";
            if (from.Type is null && !from.Ports.Contains(port))
            {
                from.Ports.Add(port);
            }
            else if (from.Type is not null && !from.Ports.Contains(port))
            {
                Error(IssueCodes.UnknownPort, from.Activity.Id, null,
                    $"“{from.Label}” không có cổng “{port}”; các cổng: {Listing(from.Ports)}.",
                    $"\"{from.Label}\" has no port \"{port}\"; its ports: {Listing(from.Ports)}.");
            }

            if (connection.Target.Port is { } targetPort && targetPort != "In")
            {
                Warning(IssueCodes.UnknownTargetPort, connection.Target.ActivityId, null,
                    $"Kết nối vào “{connection.Target.ActivityId}” dùng cổng vào “{targetPort}”; TthcFlow coi mọi kết nối là vào cổng “In”.",
                    $"The connection into \"{connection.Target.ActivityId}\" uses input port \"{targetPort}\"; TthcFlow treats every connection as entering \"In\".");
            }

            var edge = new Edge(Edges.Count, source, port, target, connection.Target.Port);
            Edges.Add(edge);
            from.Out.Add(edge.Index);
            Nodes[target].In.Add(edge.Index);
        }
    }

    internal static string Listing(IEnumerable<string> names)
    {
        var list = string.Join(", ", names);
        return list.Length == 0 ? "—" : list;
    }
}
