namespace TthcFlow.Definitions.Compilation;

/// <summary>
/// How an activity with several inbound connections is scheduled (Elsa 3's
/// <c>customProperties.mergeMode</c>): <see cref="Stream"/> proceeds when upstream work is done,
/// ignoring untaken paths; <see cref="Merge"/> waits for every activated forward branch;
/// <see cref="Converge"/> waits for every inbound connection, forward and backward;
/// <see cref="Cascade"/> runs once per arriving token; <see cref="Race"/> runs on the first and
/// cancels the rest; <see cref="None"/> is Elsa 3.6.0's name for the unsynchronised approximation.
/// Unset on a node means Elsa's default.
/// </summary>
public enum MergeMode
{
    None,
    Stream,
    Merge,
    Converge,
    Cascade,
    Race,
}
