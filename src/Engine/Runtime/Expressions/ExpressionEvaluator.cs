using System.Text.Json;
using TthcFlow.Engine.Runtime.Execution;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Expressions;

/// <summary>
/// Evaluates an activity input: Literal and Object values natively (parsed when the graph was
/// built), Variable by reading the scope's variables, JavaScript with Jint (<see cref="ScriptHost"/>).
/// </summary>
internal static class ExpressionEvaluator
{
    public static JsonElement Evaluate(InstanceRun run, Scope scope, Expr? expression)
    {
        if (expression is null)
            return Values.Null;
        return expression.Syntax switch
        {
            ExprSyntax.Constant => expression.Constant,
            ExprSyntax.Variable => run.TryReadVariable(scope, expression.Text!, out var json) ? Values.FromJson(json) : Values.Null,
            ExprSyntax.JavaScript => run.Scripts.Evaluate(scope, expression.Text ?? ""),
            _ => throw new ActivityFaultException($"Expressions of type '{expression.OriginalSyntax}' are not evaluated by TthcFlow."),
        };
    }
}
