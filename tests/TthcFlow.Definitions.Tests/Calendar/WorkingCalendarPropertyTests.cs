using FsCheck.Xunit;
using TthcFlow.Definitions.Calendar;
using static TthcFlow.Definitions.Tests.Calendar.CalendarTestData;

namespace TthcFlow.Definitions.Tests.Calendar;

/// <summary>
/// The O(1) calendar against the naive reference (day by day, minute by minute) on random
/// instants across 2025–2027 built from the shipped schedules, biased towards Tết, swapped
/// days, worked Saturdays and session boundaries.
/// </summary>
public sealed class WorkingCalendarPropertyTests
{
    private readonly NaiveWorkingCalendar _naive = new(OfficeHours.Standard, ShippedCalendar.Schedules);

    [Fact]
    public void Every_day_from_2024_to_2028_agrees_with_the_day_by_day_reference()
    {
        for (DateOnly day = ShippedCalendar.FirstDay; day <= ShippedCalendar.LastDay; day = day.AddDays(1))
            Assert.True(_naive.IsWorkingDay(day) == ShippedCalendar.IsWorkingDay(day), $"{day:yyyy-MM-dd ddd}");
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 500)]
    public void IsWorkingDay_agrees_with_the_reference(CoveredDay day) =>
        Assert.Equal(_naive.IsWorkingDay(day.Value), ShippedCalendar.IsWorkingDay(day.Value));

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 500)]
    public void WorkingTimeBetween_agrees_with_the_minute_by_minute_reference(MinuteInterval interval) =>
        Assert.Equal(_naive.WorkingTimeBetween(interval.From, interval.To), ShippedCalendar.WorkingTimeBetween(interval.From, interval.To));

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 500)]
    public void AddWorkingTime_agrees_with_the_minute_by_minute_reference(MinuteInstant start, WorkingDuration amount)
    {
        DateTimeOffset actual = ShippedCalendar.AddWorkingTime(start.Value, amount.Value);
        Assert.Equal(_naive.AddWorkingTime(start.Value, amount.Value), actual);
        Assert.Equal(VietnamTime.Offset, actual.Offset);
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 500)]
    public void StartOfWork_agrees_with_the_reference(MinuteInstant received) =>
        Assert.Equal(_naive.StartOfWork(received.Value), ShippedCalendar.StartOfWork(received.Value));

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 500)]
    public void Due_agrees_with_the_reference(MinuteInstant received, TimeLimit limit) =>
        Assert.Equal(_naive.Due(received.Value, limit), ShippedCalendar.Due(received.Value, limit));

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 1000)]
    public void Adding_working_time_then_measuring_it_gives_it_back(PreciseInstant start, WorkingDuration amount, PreciseInstant jitter)
    {
        TimeSpan precise = amount.Value + TimeSpan.FromTicks(jitter.Value.Ticks % TimeSpan.TicksPerMinute);
        DateTimeOffset end = ShippedCalendar.AddWorkingTime(start.Value, precise);
        Assert.Equal(precise, ShippedCalendar.WorkingTimeBetween(start.Value, end));
        if (precise > TimeSpan.Zero) // the earliest such instant: one tick earlier is not enough
            Assert.True(ShippedCalendar.WorkingTimeBetween(start.Value, end.AddTicks(-1)) < precise);
        if (precise < TimeSpan.Zero) // the latest such instant when counting back
            Assert.True(ShippedCalendar.WorkingTimeBetween(start.Value, end.AddTicks(1)) > precise);
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 1000)]
    public void Measuring_then_adding_reaches_the_end_or_the_close_of_the_last_session_before_it(PreciseInstant a, PreciseInstant b)
    {
        (DateTimeOffset from, DateTimeOffset to) = a.Value <= b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
        TimeSpan between = ShippedCalendar.WorkingTimeBetween(from, to);
        Assert.True(between >= TimeSpan.Zero);
        DateTimeOffset reached = ShippedCalendar.AddWorkingTime(from, between);
        Assert.True(reached <= to);
        Assert.Equal(TimeSpan.Zero, ShippedCalendar.WorkingTimeBetween(reached, to));
        Assert.Equal(-between, ShippedCalendar.WorkingTimeBetween(to, from));
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 1000)]
    public void Working_time_adds_up(PreciseInstant a, PreciseInstant b, PreciseInstant c) =>
        Assert.Equal(
            ShippedCalendar.WorkingTimeBetween(a.Value, c.Value),
            ShippedCalendar.WorkingTimeBetween(a.Value, b.Value) + ShippedCalendar.WorkingTimeBetween(b.Value, c.Value));

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 1000)]
    public void Adding_in_two_steps_is_adding_once(PreciseInstant start, WorkingDuration first, WorkingDuration second)
    {
        TimeSpan d1 = first.Value.Duration() + TimeSpan.FromMinutes(1), d2 = second.Value.Duration() + TimeSpan.FromMinutes(1);
        Assert.Equal(
            ShippedCalendar.AddWorkingTime(start.Value, d1 + d2),
            ShippedCalendar.AddWorkingTime(ShippedCalendar.AddWorkingTime(start.Value, d1), d2));
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 1000)]
    public void The_clock_starts_at_the_first_working_instant_at_or_after_receipt(PreciseInstant received)
    {
        DateTimeOffset start = ShippedCalendar.StartOfWork(received.Value);
        Assert.True(start >= received.Value);
        Assert.Equal(TimeSpan.Zero, ShippedCalendar.WorkingTimeBetween(received.Value, start));
        Assert.True(ShippedCalendar.IsWorkingDay(DateOnly.FromDateTime(start.DateTime)));
        Assert.True(ShippedCalendar.WorkingTimeBetween(start, start.AddMinutes(1)) > TimeSpan.Zero);
        Assert.Equal(start, ShippedCalendar.StartOfWork(start));
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 1000)]
    public void Results_do_not_depend_on_the_offset_of_the_input(PreciseInstant instant, WorkingDuration amount)
    {
        DateTimeOffset inVietnam = instant.Value.ToOffset(VietnamTime.Offset);
        Assert.Equal(ShippedCalendar.AddWorkingTime(inVietnam, amount.Value), ShippedCalendar.AddWorkingTime(instant.Value, amount.Value));
        Assert.Equal(ShippedCalendar.StartOfWork(inVietnam), ShippedCalendar.StartOfWork(instant.Value));
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 1000)]
    public void A_working_day_limit_is_that_many_working_days_of_office_time(PreciseInstant received, TimeLimit limit)
    {
        if (limit.Unit != TimeLimitUnit.WorkingDays)
            return;
        DateTimeOffset due = ShippedCalendar.Due(received.Value, limit);
        Assert.Equal(TimeSpan.FromHours((double)(limit.Value * 8)), ShippedCalendar.WorkingTimeBetween(received.Value, due));
        Assert.True(due >= received.Value);
    }
}
