using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>Elsa.SetVariable: evaluates its value and stores it in the variable, converted to the variable's type.</summary>
internal sealed class SetVariableBehaviour : IActivityBehaviour
{
    public ActivityResult Execute(ActivityContext context)
    {
        var settings = context.Node.SettingsAs<SetVariableSettings>();
        context.WriteVariable(settings.Variable, context.Evaluate(settings.Value));
        return ActivityResult.Done;
    }
}
