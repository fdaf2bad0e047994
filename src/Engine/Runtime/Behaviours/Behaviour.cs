using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>The behaviour of each activity kind: one class per kind, looked up here.</summary>
internal static class Behaviour
{
    private static readonly IActivityBehaviour[] ByKind = Build();

    public static IActivityBehaviour For(ActivityKind kind) => ByKind[(int)kind];

    private static IActivityBehaviour[] Build()
    {
        var kinds = Enum.GetValues<ActivityKind>();
        var table = new IActivityBehaviour[kinds.Max(k => (int)k) + 1];
        foreach (var kind in kinds)
        {
            table[(int)kind] = kind switch
            {
                ActivityKind.Start => new StartBehaviour(),
                ActivityKind.End or ActivityKind.Finish => new EndBehaviour(),
                ActivityKind.Fault => new FaultBehaviour(),
                ActivityKind.WriteLine => new WriteLineBehaviour(),
                ActivityKind.SetVariable => new SetVariableBehaviour(),
                ActivityKind.FlowDecision => new FlowDecisionBehaviour(),
                ActivityKind.FlowSwitch => new FlowSwitchBehaviour(),
                ActivityKind.FlowFork => new FlowForkBehaviour(),
                ActivityKind.FlowJoin => new FlowJoinBehaviour(),
                ActivityKind.Delay or ActivityKind.Timer => new TimerBehaviour(),
                ActivityKind.Event => new EventBehaviour(),
                ActivityKind.HumanTask => new HumanTaskBehaviour(),
                ActivityKind.Transfer => new TransferBehaviour(),
                ActivityKind.FlowNode => new FlowNodeBehaviour(),
                ActivityKind.ParallelForEach => new ParallelForEachBehaviour(),
                _ => new UnsupportedBehaviour(),
            };
        }

        return table;
    }
}
