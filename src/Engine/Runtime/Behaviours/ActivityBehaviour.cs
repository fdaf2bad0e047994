using TthcFlow.Engine.Runtime.Execution;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>What an activity did when it executed or resumed.</summary>
internal readonly record struct ActivityResult(string[]? Outcomes, string? FaultMessage = null, string? FaultCode = null)
{
    private static readonly string[] DoneOutcome = ["Done"];

    /// <summary>Completed through its <c>Done</c> port.</summary>
    public static ActivityResult Done { get; } = new(DoneOutcome);

    /// <summary>Waits on a bookmark it opened; the flow continues when it resumes.</summary>
    public static ActivityResult Waiting { get; } = new(null);

    public static ActivityResult Complete(params string[] outcomes) => new(outcomes);

    public static ActivityResult Faulted(string message, string? code = null) => new(null, message, code);

    public bool IsCompleted => Outcomes is not null;
    public bool IsFaulted => FaultMessage is not null;
}

/// <summary>
/// The behaviour of one activity kind: what happens when it is scheduled. How its outcomes then
/// travel is the token flow's business (<see cref="TokenFlow"/>), the same for every kind.
/// </summary>
internal interface IActivityBehaviour
{
    ActivityResult Execute(ActivityContext context);
}

/// <summary>A behaviour that waits on a bookmark and resumes on a command.</summary>
internal interface IResumableBehaviour : IActivityBehaviour
{
    /// <summary>Checks a command against the bookmark before anything changes; null when it may resume.</summary>
    RuntimeError? Check(GraphNode node, BookmarkState bookmark, RuntimeCommand command, DateTimeOffset now);

    /// <summary>Resumes the (already removed) bookmark: closes it and says which port the flow continues on.</summary>
    ActivityResult Resume(ActivityContext context, BookmarkState bookmark, RuntimeCommand command);
}

/// <summary>A behaviour that runs body flowcharts (FlowNode, ParallelForEach).</summary>
internal interface IContainerBehaviour : IActivityBehaviour
{
    /// <summary>One of the container's bodies completed; complete the container or keep waiting.</summary>
    ActivityResult OnBodyCompleted(ActivityContext context, BookmarkState container);
}
