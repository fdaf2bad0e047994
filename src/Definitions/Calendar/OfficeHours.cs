namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// Office hours (giờ hành chính): the sessions of a working day, the weekly rest days (ngày
/// nghỉ hằng tuần) and the afternoon cut-off (giờ tiếp nhận cuối ngày) after which a dossier is
/// handled the next working day. One working day (ngày làm việc) is the sum of the sessions:
/// 8 working hours for the default 07:00–11:30 and 13:30–17:00. Immutable.
/// </summary>
public sealed class OfficeHours
{
    /// <summary>07:00–11:30 and 13:30–17:00, Saturday and Sunday off, cut-off 15:00.</summary>
    public static OfficeHours Standard { get; } = new(
        [new OfficeSession(new TimeOnly(7, 0), new TimeOnly(11, 30)), new OfficeSession(new TimeOnly(13, 30), new TimeOnly(17, 0))],
        [DayOfWeek.Saturday, DayOfWeek.Sunday],
        new TimeOnly(15, 0));

    /// <summary>Creates office hours.</summary>
    /// <param name="sessions">Sessions in order, none empty, none overlapping another.</param>
    /// <param name="weeklyRestDays">Days of the week that are not working days (at most six).</param>
    /// <param name="cutOff">Receipts at or after this time of a working day count as received the
    /// next working day for same-day procedures (the 15:00 rule).</param>
    /// <exception cref="ArgumentException">The sessions or rest days are inconsistent.</exception>
    public OfficeHours(IEnumerable<OfficeSession> sessions, IEnumerable<DayOfWeek> weeklyRestDays, TimeOnly cutOff)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(weeklyRestDays);
        OfficeSession[] list = [.. sessions];
        if (list.Length == 0)
            throw new ArgumentException("Office hours need at least one session.", nameof(sessions));
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i].End <= list[i].Start)
                throw new ArgumentException($"Session {list[i]} ends before it starts.", nameof(sessions));
            if (i > 0 && list[i].Start < list[i - 1].End)
                throw new ArgumentException($"Session {list[i]} overlaps or precedes session {list[i - 1]}.", nameof(sessions));
        }
        var rest = new HashSet<DayOfWeek>();
        foreach (DayOfWeek day in weeklyRestDays)
        {
            if (!Enum.IsDefined(day))
                throw new ArgumentException($"'{day}' is not a day of the week.", nameof(weeklyRestDays));
            rest.Add(day);
        }
        if (rest.Count == 7)
            throw new ArgumentException("A week needs at least one working day.", nameof(weeklyRestDays));

        Sessions = list;
        WeeklyRestDays = rest;
        CutOff = cutOff;
        WorkingDayLength = TimeSpan.FromTicks(list.Sum(s => s.Length.Ticks));
    }

    /// <summary>The sessions of a working day, in order.</summary>
    public IReadOnlyList<OfficeSession> Sessions { get; }

    /// <summary>The weekly rest days (Saturday and Sunday by default).</summary>
    public IReadOnlySet<DayOfWeek> WeeklyRestDays { get; }

    /// <summary>The same-day cut-off (15:00 by default).</summary>
    public TimeOnly CutOff { get; }

    /// <summary>The working time of one working day: the sum of the sessions (8 h by default).</summary>
    public TimeSpan WorkingDayLength { get; }

    /// <summary>When the first session opens.</summary>
    public TimeOnly OpensAt => Sessions[0].Start;

    /// <summary>When the last session closes: the end of office hours of a working day.</summary>
    public TimeOnly ClosesAt => Sessions[^1].End;

    /// <summary>Whether the day of the week is a working day unless a schedule says otherwise.</summary>
    public bool IsWeeklyWorkingDay(DayOfWeek day) => !WeeklyRestDays.Contains(day);

    /// <summary>A copy with another cut-off.</summary>
    public OfficeHours WithCutOff(TimeOnly cutOff) => new(Sessions, WeeklyRestDays, cutOff);

    /// <inheritdoc />
    public override string ToString() =>
        $"{string.Join(", ", Sessions)}; rest {string.Join("/", WeeklyRestDays.Order())}; cut-off {CutOff:HH\\:mm}";
}
