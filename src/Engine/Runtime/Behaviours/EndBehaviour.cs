namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>
/// Elsa.End and Elsa.Finish: terminal nodes. They complete at once; the token flow then ends their
/// flowchart immediately, cancelling whatever else still waits in it (End), or ends the whole
/// workflow wherever it stands (Finish). See <see cref="Execution.TokenFlow"/>.
/// </summary>
internal sealed class EndBehaviour : IActivityBehaviour
{
    public ActivityResult Execute(ActivityContext context) => ActivityResult.Done;
}
