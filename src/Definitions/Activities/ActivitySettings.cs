namespace TthcFlow.Definitions.Activities;

/// <summary>
/// An activity's inputs compiled to typed values, ready for the runtime: each activity type has
/// its own settings record (pattern-match on it). Expressions stay as (type, text) pairs.
/// </summary>
public abstract record ActivitySettings
{
    /// <summary>The settings of an activity that has no inputs (Start, End, Finish, Flowchart).</summary>
    public static ActivitySettings None { get; } = new NoSettings();

    /// <summary>Working hours allotted to the activity (thời gian được phân bổ), 0 when it has none.</summary>
    public virtual decimal AllottedHours => 0;

    /// <summary>Whether the allotted hours count toward the procedure's legal time limit.</summary>
    public virtual bool CountsTowardLimit => false;
}

/// <summary>No inputs.</summary>
public sealed record NoSettings : ActivitySettings;

/// <summary>
/// An activity type outside the catalogue (an HTTP endpoint, a workflow used as an activity):
/// kept in the definition, not executable by TthcFlow.
/// </summary>
public sealed record UnsupportedSettings(string Type) : ActivitySettings;
