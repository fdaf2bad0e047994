namespace TthcFlow.Engine.Runtime.Execution;

/// <summary>
/// Thrown while an activity executes when it cannot go on (a script fails, an input has the wrong
/// shape). The runtime catches it and faults the instance at that activity; it never escapes a command.
/// </summary>
internal sealed class ActivityFaultException(string message, string? code = null) : Exception(message)
{
    public string? Code { get; } = code;
}
