using System.Collections.Immutable;
using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Definitions.Compilation;

/// <summary>
/// The time allotments (thời gian phân bổ) laid along the graph, in working hours counted toward
/// the legal limit: when each node can start at the earliest, and the critical path — the longest
/// chain of allotments from the start, taking the worst branch at decisions and the longest at
/// forks, ignoring loop-backs. Nested flowcharts count as their own critical path.
/// </summary>
/// <param name="CriticalPathHours">The working hours of the critical path.</param>
/// <param name="CriticalPath">Node indexes along the critical path of the root flowchart, in order.</param>
/// <param name="EarliestStartHours">Per node index: working hours from the start; null when unreachable.</param>
public sealed record AllotmentPlan(decimal CriticalPathHours, ImmutableArray<int> CriticalPath, ImmutableArray<decimal?> EarliestStartHours)
{
    /// <summary>One working day (ngày làm việc) in working hours.</summary>
    public const decimal HoursPerWorkingDay = 8m;

    internal static AllotmentPlan Empty { get; } = new(0, [], []);

    /// <summary>
    /// A legal time limit as working hours: working days × 8; same day = 8; calendar days × 8 as an
    /// upper bound (calendar days include days off, so the working time available is at most that).
    /// </summary>
    public static decimal WorkingHoursOf(TimeLimit limit) => limit.Unit switch
    {
        TimeLimitUnit.WorkingHours => limit.Value,
        TimeLimitUnit.SameDay => HoursPerWorkingDay,
        _ => limit.Value * HoursPerWorkingDay,
    };

    public bool Equals(AllotmentPlan? other) =>
        other is not null && CriticalPathHours == other.CriticalPathHours
        && CriticalPath.SequenceEqual(other.CriticalPath) && EarliestStartHours.SequenceEqual(other.EarliestStartHours);

    public override int GetHashCode() => HashCode.Combine(CriticalPathHours, CriticalPath.Length);
}
