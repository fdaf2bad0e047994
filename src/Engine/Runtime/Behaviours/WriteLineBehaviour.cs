using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>Elsa.WriteLine: appends its text (empty when unset) to the instance's journal.</summary>
internal sealed class WriteLineBehaviour : IActivityBehaviour
{
    public ActivityResult Execute(ActivityContext context)
    {
        var text = context.EvaluateText((context.Node.Settings as WriteLineSettings)?.Text);
        context.WriteLine(text ?? "");
        return ActivityResult.Done;
    }
}
