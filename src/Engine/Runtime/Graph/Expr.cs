using System.Text.Json;

namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>The syntaxes the runtime evaluates.</summary>
internal enum ExprSyntax : byte
{
    /// <summary>Literal and Object expressions: a value known when the graph is built.</summary>
    Constant,

    /// <summary>A reference to a workflow variable (or a loop's CurrentValue/CurrentIndex).</summary>
    Variable,

    /// <summary>JavaScript evaluated with Jint.</summary>
    JavaScript,

    /// <summary>A syntax TthcFlow does not evaluate (CSharp, Liquid, Input): evaluating it faults.</summary>
    Unsupported,
}

/// <summary>
/// An activity input ready to evaluate. Constants are immutable <see cref="JsonElement"/>s so one
/// graph is safely shared by every instance running on it.
/// </summary>
internal sealed record Expr(ExprSyntax Syntax, JsonElement Constant, string? Text, string? TypeName, string? OriginalSyntax = null)
{
    public static Expr Of(JsonElement constant, string? typeName = null) => new(ExprSyntax.Constant, constant, null, typeName);

    public static Expr Script(string script, string? typeName = null) => new(ExprSyntax.JavaScript, default, script, typeName);

    public static Expr VariableNamed(string name, string? typeName = null) => new(ExprSyntax.Variable, default, name, typeName);
}
