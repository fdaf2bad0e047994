using TthcFlow.Definitions.Activities;

namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>The inputs a behaviour needs, parsed once when the graph is built.</summary>
internal abstract record NodeSettings;

internal sealed record WriteLineSettings(Expr? Text) : NodeSettings;

/// <summary><paramref name="Variable"/> names a workflow variable (or a loop local).</summary>
internal sealed record SetVariableSettings(string Variable, Expr? Value) : NodeSettings;

internal sealed record DecisionSettings(Expr? Condition) : NodeSettings;

internal sealed record SwitchCase(string Label, Expr? Condition);

internal sealed record SwitchSettings(IReadOnlyList<SwitchCase> Cases, bool MatchAny) : NodeSettings;

internal sealed record ForkSettings(IReadOnlyList<string> Branches) : NodeSettings;

/// <summary>A FlowJoin's <c>mode</c>, mapped onto a merge mode: WaitAny → Race, WaitAll → Merge.</summary>
internal sealed record JoinSettings(MergeMode Merge) : NodeSettings;

/// <summary>Delay's <c>timeSpan</c> or Timer's <c>interval</c>.</summary>
internal sealed record DurationSettings(Expr? Duration) : NodeSettings;

internal sealed record EventSettings(Expr? Name) : NodeSettings;

internal sealed record FaultSettings(Expr? Code, Expr? Category, Expr? Message) : NodeSettings;

internal sealed record HumanTaskNodeSettings(HumanStepSettings Step) : NodeSettings;

internal sealed record TransferNodeSettings(TransferSettings Transfer) : NodeSettings;

internal sealed record ForEachSettings(Expr? Items) : NodeSettings;
