using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>Elsa.Fault: faults the instance with its message (and code); every bookmark is closed.</summary>
internal sealed class FaultBehaviour : IActivityBehaviour
{
    public ActivityResult Execute(ActivityContext context)
    {
        var settings = context.Node.Settings as FaultSettings;
        var message = context.EvaluateText(settings?.Message);
        var code = context.EvaluateText(settings?.Code);
        return ActivityResult.Faulted(string.IsNullOrEmpty(message) ? "Fault" : message, string.IsNullOrEmpty(code) ? null : code);
    }
}
