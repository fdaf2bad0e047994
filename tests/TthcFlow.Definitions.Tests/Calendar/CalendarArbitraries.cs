using FsCheck;
using FsCheck.Fluent;
using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Definitions.Tests.Calendar;

/// <summary>An instant on a whole minute in 2025–2027, in some UTC offset.</summary>
public sealed record MinuteInstant(DateTimeOffset Value)
{
    public override string ToString() => Value.ToString("O");
}

/// <summary>Any instant (tick precision) in 2025–2027, in some UTC offset.</summary>
public sealed record PreciseInstant(DateTimeOffset Value)
{
    public override string ToString() => Value.ToString("O");
}

/// <summary>Two minute instants in 2025–2027, in either order: often within two months of
/// each other, sometimes anywhere.</summary>
public sealed record MinuteInterval(DateTimeOffset From, DateTimeOffset To)
{
    public override string ToString() => $"{From:O} .. {To:O}";
}

/// <summary>Whole minutes of working time, up to 40 working days, sometimes negative.</summary>
public sealed record WorkingDuration(TimeSpan Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>A day in 2024–2028.</summary>
public sealed record CoveredDay(DateOnly Value)
{
    public override string ToString() => Value.ToString("yyyy-MM-dd");
}

/// <summary>
/// Generators biased towards the days and times where calendars go wrong: Tết, swapped days
/// and worked Saturdays, year ends, session boundaries, lunch, the 15:00 cut-off, midnight.
/// </summary>
public static class CalendarArbitraries
{
    private static readonly DateTime FirstMinute = new(2025, 1, 1);
    private static readonly int MinuteCount = (int)(new DateTime(2028, 1, 1) - FirstMinute).TotalMinutes;

    private static readonly DateOnly[] InterestingDays =
    [
        .. Days(2025, 1, 24, 2025, 2, 4), .. Days(2026, 2, 12, 2026, 2, 24), .. Days(2027, 2, 3, 2027, 2, 13),
        .. Days(2025, 4, 24, 2025, 5, 5), .. Days(2026, 4, 24, 2026, 5, 4), .. Days(2027, 4, 29, 2027, 5, 4),
        .. Days(2025, 8, 29, 2025, 9, 3), .. Days(2026, 8, 20, 2026, 9, 3), .. Days(2027, 9, 1, 2027, 9, 6),
        .. Days(2025, 12, 30, 2026, 1, 2), .. Days(2026, 12, 30, 2027, 1, 4),
    ];

    private static readonly int[] InterestingMinutesOfDay =
        [0, 6 * 60 + 59, 7 * 60, 7 * 60 + 1, 11 * 60 + 29, 11 * 60 + 30, 11 * 60 + 31, 12 * 60, 13 * 60 + 29,
         13 * 60 + 30, 13 * 60 + 31, 14 * 60 + 59, 15 * 60, 15 * 60 + 1, 16 * 60 + 59, 17 * 60, 17 * 60 + 1, 23 * 60 + 59];

    private static readonly TimeSpan[] Offsets =
        [VietnamTime.Offset, VietnamTime.Offset, TimeSpan.Zero, TimeSpan.FromHours(9), TimeSpan.FromHours(-5), new TimeSpan(5, 30, 0), TimeSpan.FromHours(14), TimeSpan.FromHours(-12)];

    /// <summary>Local (Vietnam) minute instants.</summary>
    internal static Gen<DateTime> LocalMinutes { get; } = Gen.Frequency(
        (3, Gen.Choose(0, MinuteCount - 1).Select(m => FirstMinute.AddMinutes(m))),
        (2, from day in Gen.Elements(InterestingDays)
            from minute in Gen.Frequency((3, Gen.Elements(InterestingMinutesOfDay)), (1, Gen.Choose(0, 1439)))
            select day.ToDateTime(TimeOnly.MinValue).AddMinutes(minute)));

    private static Gen<DateTimeOffset> InSomeOffset(Gen<DateTime> local) =>
        from time in local
        from offset in Gen.Elements(Offsets)
        select new DateTimeOffset(time, VietnamTime.Offset).ToOffset(offset);

    public static Arbitrary<MinuteInstant> MinuteInstants() =>
        Arb.From(InSomeOffset(LocalMinutes).Select(v => new MinuteInstant(v)));

    public static Arbitrary<MinuteInterval> MinuteIntervals() =>
        Arb.From(
            from start in LocalMinutes
            from end in Gen.Frequency(
                (1, LocalMinutes),
                (3, Gen.Choose(-60 * 1440, 60 * 1440).Select(shift => Clamp(start.AddMinutes(shift)))))
            from offsets in Gen.Two(Gen.Elements(Offsets))
            select new MinuteInterval(
                new DateTimeOffset(start, VietnamTime.Offset).ToOffset(offsets.Item1),
                new DateTimeOffset(end, VietnamTime.Offset).ToOffset(offsets.Item2)));

    public static Arbitrary<PreciseInstant> PreciseInstants() =>
        Arb.From(
            from time in LocalMinutes
            from ticks in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, (int)TimeSpan.TicksPerMinute - 1)))
            from offset in Gen.Elements(Offsets)
            select new PreciseInstant(new DateTimeOffset(time.AddTicks(ticks), VietnamTime.Offset).ToOffset(offset)));

    public static Arbitrary<WorkingDuration> WorkingDurations() =>
        Arb.From(Gen.Frequency(
                (4, Gen.Choose(1, 20 * 480)),
                (2, Gen.Choose(-10 * 480, -1)),
                (1, Gen.Choose(1, 40).Select(days => days * 480)),
                (1, Gen.Choose(-16, 16).Select(halfHours => halfHours * 30)))
            .Select(minutes => new WorkingDuration(TimeSpan.FromMinutes(minutes))));

    public static Arbitrary<CoveredDay> CoveredDays() =>
        Arb.From(Gen.Frequency(
                (2, Gen.Choose(0, 5 * 365).Select(i => new DateOnly(2024, 1, 1).AddDays(i))),
                (1, Gen.Elements(InterestingDays)))
            .Select(day => new CoveredDay(day)));

    public static Arbitrary<TimeLimit> TimeLimits() =>
        Arb.From(Gen.OneOf(
            Gen.Choose(0, 160).Select(eighths => TimeLimit.WorkingDays(eighths / 8m)),
            Gen.Choose(0, 160).Select(quarters => TimeLimit.WorkingHours(quarters / 4m)),
            Gen.Choose(0, 45).Select(TimeLimit.CalendarDays),
            Gen.Constant(TimeLimit.SameDay)));

    private static DateTime Clamp(DateTime local) =>
        local < FirstMinute ? FirstMinute
        : local >= FirstMinute.AddMinutes(MinuteCount) ? FirstMinute.AddMinutes(MinuteCount - 1)
        : local;

    private static IEnumerable<DateOnly> Days(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        for (var day = new DateOnly(y1, m1, d1); day <= new DateOnly(y2, m2, d2); day = day.AddDays(1))
            yield return day;
    }
}
