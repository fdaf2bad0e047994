namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>
/// An activity type TthcFlow keeps but does not execute (Elsa.HttpEndpoint, Elsa.Cron, …): the
/// validator warns on import and refuses it on publish; reaching one at run time faults the instance.
/// </summary>
internal sealed class UnsupportedBehaviour : IActivityBehaviour
{
    public ActivityResult Execute(ActivityContext context) =>
        ActivityResult.Faulted($"Activity type '{context.Node.ActivityType}' is not executable by TthcFlow.");
}
