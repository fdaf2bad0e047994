namespace TthcFlow.Engine.Runtime.Graph;

/// <summary>What the runtime does with an activity: one behaviour per kind (see <c>Behaviours/</c>).</summary>
internal enum ActivityKind : byte
{
    /// <summary>A type the runtime cannot execute: reaching it faults the instance.</summary>
    Unsupported,
    Start,
    End,
    Finish,
    Fault,
    WriteLine,
    SetVariable,
    FlowDecision,
    FlowSwitch,
    FlowFork,
    FlowJoin,
    Delay,
    Timer,
    Event,
    HumanTask,
    Transfer,
    FlowNode,
    ParallelForEach,
}

/// <summary>
/// How an activity with several inbound connections decides to run when a token arrives, as in
/// Elsa 3's token-based flowchart (<c>customProperties.mergeMode</c>; a FlowJoin's mode maps onto
/// <see cref="Race"/> for WaitAny and <see cref="Merge"/> otherwise).
/// </summary>
internal enum MergeMode : byte
{
    /// <summary>Not set: behaves as <see cref="Stream"/>.</summary>
    None,

    /// <summary>Runs on each arrival unless an upstream source of a forward inbound connection is still pending.</summary>
    Stream,

    /// <summary>Waits for a token on every forward (non-loop) inbound connection.</summary>
    Merge,

    /// <summary>Waits for a token on every inbound connection, loops included.</summary>
    Converge,

    /// <summary>Runs once per arrival; later arrivals on blocked connections are swallowed.</summary>
    Cascade,

    /// <summary>Runs on the first arrival, cancels the other inbound branches and blocks their late tokens.</summary>
    Race,
}
