using TthcFlow.Definitions.Calendar;
using static TthcFlow.Definitions.Tests.Calendar.CalendarTestData;

namespace TthcFlow.Definitions.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan WorkingDay = TimeSpan.FromHours(8);

    [Fact]
    public void Tet_2026_is_skipped()
    {
        for (int day = 16; day <= 20; day++)
            Assert.False(ShippedCalendar.IsWorkingDay(new DateOnly(2026, 2, day)));
        Assert.Equal(Vn(2026, 2, 23, 10), ShippedCalendar.AddWorkingTime(Vn(2026, 2, 13, 10), WorkingDay));
        Assert.Equal(WorkingDay, ShippedCalendar.WorkingTimeBetween(Vn(2026, 2, 13, 10), Vn(2026, 2, 23, 10)));
    }

    [Fact]
    public void Saturday_22_August_2026_is_worked_and_Monday_31_August_is_off()
    {
        Assert.True(ShippedCalendar.IsWorkingDay(new DateOnly(2026, 8, 22)));
        Assert.False(ShippedCalendar.IsWorkingDay(new DateOnly(2026, 8, 31)));
        Assert.Equal(Vn(2026, 8, 22, 8), ShippedCalendar.AddWorkingTime(Vn(2026, 8, 21, 16), 2 * Hour));
        // Fri 28/8 16:00 + 2 h: Mon 31/8, Tue 1/9, Wed 2/9 off → Thu 3/9 08:00.
        Assert.Equal(Vn(2026, 9, 3, 8), ShippedCalendar.AddWorkingTime(Vn(2026, 8, 28, 16), 2 * Hour));
    }

    [Fact]
    public void Saturday_26_April_2025_is_worked_and_the_long_weekend_is_skipped()
    {
        Assert.True(ShippedCalendar.IsWorkingDay(new DateOnly(2025, 4, 26)));
        Assert.False(ShippedCalendar.IsWorkingDay(new DateOnly(2025, 5, 2)));
        Assert.Equal(Vn(2025, 4, 26, 8), ShippedCalendar.AddWorkingTime(Vn(2025, 4, 25, 16), 2 * Hour));
        Assert.Equal(Vn(2025, 5, 5, 8), ShippedCalendar.AddWorkingTime(Vn(2025, 4, 29, 16), 2 * Hour));
    }

    [Fact]
    public void Tet_2025_and_the_Hung_Kings_compensation_of_2026_are_off()
    {
        for (int day = 27; day <= 31; day++)
            Assert.False(ShippedCalendar.IsWorkingDay(new DateOnly(2025, 1, day)));
        Assert.True(ShippedCalendar.IsWorkingDay(new DateOnly(2025, 2, 3)));
        Assert.False(ShippedCalendar.IsWorkingDay(new DateOnly(2026, 4, 27)));
        Assert.True(ShippedCalendar.IsWorkingDay(new DateOnly(2026, 4, 28)));
    }

    [Theory]
    [InlineData(10, 0, 10, 0)]   // inside the morning session: the instant itself
    [InlineData(6, 15, 7, 0)]    // before opening
    [InlineData(11, 30, 13, 30)] // the morning session has just ended
    [InlineData(12, 15, 13, 30)] // lunch
    [InlineData(13, 30, 13, 30)]
    [InlineData(16, 59, 16, 59)]
    public void The_clock_starts_inside_office_hours_of_the_same_day(int hour, int minute, int startHour, int startMinute) =>
        Assert.Equal(Vn(2026, 3, 11, startHour, startMinute), ShippedCalendar.StartOfWork(Vn(2026, 3, 11, hour, minute)));

    [Fact]
    public void Receipt_after_office_hours_or_on_a_day_off_starts_the_next_working_morning()
    {
        Assert.Equal(Vn(2026, 3, 12, 7), ShippedCalendar.StartOfWork(Vn(2026, 3, 11, 17)));
        Assert.Equal(Vn(2026, 3, 12, 7), ShippedCalendar.StartOfWork(Vn(2026, 3, 11, 18, 30)));
        Assert.Equal(Vn(2026, 3, 16, 7), ShippedCalendar.StartOfWork(Vn(2026, 3, 13, 17, 45))); // Friday evening → Monday
        Assert.Equal(Vn(2026, 2, 23, 7), ShippedCalendar.StartOfWork(Vn(2026, 2, 13, 17, 5)));  // before Tết → after Tết
        Assert.Equal(Vn(2026, 2, 23, 7), ShippedCalendar.StartOfWork(Vn(2026, 2, 18, 9)));      // during Tết
    }

    [Fact]
    public void Working_time_counts_only_office_sessions()
    {
        Assert.Equal(Vn(2026, 3, 11, 17), ShippedCalendar.AddWorkingTime(Vn(2026, 3, 11, 7), WorkingDay)); // end of day, not next morning
        Assert.Equal(Vn(2026, 3, 11, 11, 30), ShippedCalendar.AddWorkingTime(Vn(2026, 3, 11, 7), 4.5 * Hour));
        Assert.Equal(Vn(2026, 3, 11, 13, 31), ShippedCalendar.AddWorkingTime(Vn(2026, 3, 11, 11, 29), 2 * TimeSpan.FromMinutes(1)));
        Assert.Equal(Vn(2026, 3, 11, 15), ShippedCalendar.AddWorkingTime(Vn(2026, 3, 11, 9), 4 * Hour));
        Assert.Equal(Vn(2026, 3, 12, 8, 30), ShippedCalendar.AddWorkingTime(Vn(2026, 3, 11, 12), 5 * Hour));
        Assert.Equal(8.5 * Hour, ShippedCalendar.WorkingTimeBetween(Vn(2026, 3, 11, 6), Vn(2026, 3, 12, 7, 30)));
        Assert.Equal(TimeSpan.Zero, ShippedCalendar.WorkingTimeBetween(Vn(2026, 3, 13, 17), Vn(2026, 3, 16, 7)));
    }

    [Fact]
    public void Negative_working_time_counts_back()
    {
        Assert.Equal(Vn(2026, 3, 11, 16), ShippedCalendar.AddWorkingTime(Vn(2026, 3, 12, 7), -Hour));
        Assert.Equal(Vn(2026, 3, 11, 11), ShippedCalendar.AddWorkingTime(Vn(2026, 3, 11, 13, 30), -TimeSpan.FromMinutes(30)));
        Assert.Equal(Vn(2026, 3, 11, 13, 30), ShippedCalendar.AddWorkingTime(Vn(2026, 3, 11, 14), -TimeSpan.FromMinutes(30)));
        Assert.Equal(-8.5 * Hour, ShippedCalendar.WorkingTimeBetween(Vn(2026, 3, 12, 7, 30), Vn(2026, 3, 11, 6)));
    }

    [Fact]
    public void Zero_working_time_returns_the_start_in_Vietnam_time()
    {
        var saturday = new DateTimeOffset(2026, 3, 14, 3, 0, 0, TimeSpan.Zero);
        DateTimeOffset result = ShippedCalendar.AddWorkingTime(saturday, TimeSpan.Zero);
        Assert.Equal(saturday, result);
        Assert.Equal(VietnamTime.Offset, result.Offset);
    }

    [Fact]
    public void Inputs_in_any_offset_are_read_as_Vietnam_time()
    {
        var utc = new DateTimeOffset(2026, 2, 13, 3, 0, 0, TimeSpan.Zero);     // 10:00 in Vietnam
        var tokyo = new DateTimeOffset(2026, 2, 13, 12, 0, 0, TimeSpan.FromHours(9));
        DateTimeOffset expected = Vn(2026, 2, 23, 10);
        Assert.Equal(expected, ShippedCalendar.AddWorkingTime(utc, WorkingDay));
        Assert.Equal(expected, ShippedCalendar.AddWorkingTime(tokyo, WorkingDay));
        Assert.Equal(VietnamTime.Offset, ShippedCalendar.AddWorkingTime(utc, WorkingDay).Offset);
        // 23:30 UTC on Sunday is already Monday 06:30 in Vietnam.
        Assert.Equal(Vn(2026, 3, 16, 7), ShippedCalendar.StartOfWork(new DateTimeOffset(2026, 3, 15, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Instants_outside_the_covered_years_are_refused_clearly()
    {
        WorkingCalendar calendar = WorkingCalendar.Create(OfficeHours.Standard, ShippedSchedules, 2025, 2027);
        Assert.Equal(new DateOnly(2025, 1, 1), calendar.FirstDay);
        Assert.Equal(new DateOnly(2027, 12, 31), calendar.LastDay);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsWorkingDay(new DateOnly(2028, 1, 1)));
        Assert.Contains("2025-01-01..2027-12-31", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.WorkingTimeBetween(Vn(2024, 12, 31, 23, 59), Vn(2025, 1, 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingTime(Vn(2027, 12, 30, 9), 3 * WorkingDay));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingTime(Vn(2025, 1, 2, 9), -3 * WorkingDay));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingTime(Vn(2026, 6, 1, 9), TimeSpan.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingTime(Vn(2026, 6, 1, 9), TimeSpan.MinValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Due(Vn(2026, 6, 1, 9), TimeLimit.WorkingDays(1_000_000)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.StartOfWork(Vn(2027, 12, 31, 18)));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Due(Vn(2027, 12, 20, 9), TimeLimit.CalendarDays(30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.CreateDefault(2030, 2029));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.CreateDefault(1899, 2000));
    }

    [Fact]
    public void A_changed_schedule_gives_a_new_calendar_and_leaves_the_old_one_alone()
    {
        CalendarSchedule announced = ShippedCalendar.ScheduleFor(2026);
        CalendarSchedule edited = announced.With(
            daysOff: announced.DaysOff.Where(d => d.Kind != DayOffKind.Swapped),
            extraWorkingDays: []);
        WorkingCalendar changed = ShippedCalendar.WithSchedule(edited);

        Assert.True(changed.IsWorkingDay(new DateOnly(2026, 8, 31)));
        Assert.False(changed.IsWorkingDay(new DateOnly(2026, 8, 22)));
        Assert.False(ShippedCalendar.IsWorkingDay(new DateOnly(2026, 8, 31)));
        Assert.Equal(Vn(2026, 8, 31, 8), changed.AddWorkingTime(Vn(2026, 8, 28, 16), 2 * Hour));
        Assert.Same(edited, changed.ScheduleFor(2026));
        Assert.Throws<ArgumentOutOfRangeException>(() => ShippedCalendar.WithSchedule(new CalendarSchedule(2031, [], [])));
    }

    [Fact]
    public void Years_without_a_file_use_the_computed_defaults()
    {
        Assert.Equal(StatutoryHolidays.ComputedSource, ShippedCalendar.ScheduleFor(2028).Source);
        Assert.False(ShippedCalendar.IsWorkingDay(VietnameseLunarCalendar.LunarNewYear(2028)));
        Assert.Equal(5, ShippedCalendar.Schedules.Count);
    }

    [Fact]
    public void Local_observances_apply_only_to_their_province()
    {
        CalendarSchedule national = Load(2026);
        var local = new DayOff(new DateOnly(2026, 3, 10), DayOffKind.Holiday, "Ngày lễ địa phương", "Local observance", "66");
        CalendarSchedule withLocal = national.With(daysOff: [.. national.DaysOff, local]);

        WorkingCalendar province = WorkingCalendar.Create(OfficeHours.Standard, [withLocal], 2026, 2026, province: "66");
        WorkingCalendar other = WorkingCalendar.Create(OfficeHours.Standard, [withLocal], 2026, 2026, province: "54");
        WorkingCalendar nationwide = WorkingCalendar.Create(OfficeHours.Standard, [withLocal], 2026, 2026);

        Assert.False(province.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.True(other.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.True(nationwide.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.False(province.IsWorkingDay(new DateOnly(2026, 2, 17))); // national entries still apply
    }

    [Fact]
    public void Two_schedules_for_one_year_are_refused() =>
        Assert.Throws<ArgumentException>(() => WorkingCalendar.Create(OfficeHours.Standard, [Load(2026), Load(2026)], 2025, 2027));

    [Fact]
    public void Other_office_hours_change_the_working_day()
    {
        var hours = new OfficeHours(
            [new OfficeSession(new TimeOnly(7, 30), new TimeOnly(11, 30)), new OfficeSession(new TimeOnly(13, 0), new TimeOnly(16, 30))],
            [DayOfWeek.Saturday, DayOfWeek.Sunday], new TimeOnly(15, 0));
        WorkingCalendar calendar = ShippedCalendar.WithOfficeHours(hours);
        Assert.Equal(Vn(2026, 3, 11, 16, 30), calendar.Due(Vn(2026, 3, 11, 7, 30), TimeLimit.WorkingDays(1)));
        Assert.Equal(Vn(2026, 3, 11, 13), calendar.StartOfWork(Vn(2026, 3, 11, 12)));
    }

    [Fact]
    public void Changing_the_weekly_rest_days_recomputes_only_the_computed_years()
    {
        var sundayOnly = new OfficeHours(OfficeHours.Standard.Sessions, [DayOfWeek.Sunday], new TimeOnly(15, 0));
        WorkingCalendar calendar = ShippedCalendar.WithOfficeHours(sundayOnly);
        // 2028 is computed: Tết 2028 runs Tue 25/1 – Sat 29/1; with Saturday worked nothing is compensated.
        Assert.Equal(StatutoryHolidays.DefaultSchedule(2028, sundayOnly).DaysOff, calendar.ScheduleFor(2028).DaysOff);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2028, 1, 31)));
        Assert.False(ShippedCalendar.IsWorkingDay(new DateOnly(2028, 1, 31)));
        // 2026 is loaded from its file and kept as it is.
        Assert.Same(ShippedCalendar.ScheduleFor(2026), calendar.ScheduleFor(2026));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 3, 14)));
    }

    [Fact]
    public void The_calendar_is_safe_to_share_between_threads()
    {
        var starts = Enumerable.Range(0, 2000).Select(i => Vn(2025, 1, 2).AddMinutes(i * 797)).ToArray();
        var expected = starts.Select(s => ShippedCalendar.AddWorkingTime(s, 13 * Hour)).ToArray();
        var actual = new DateTimeOffset[starts.Length];
        Parallel.For(0, starts.Length, i => actual[i] = ShippedCalendar.AddWorkingTime(starts[i], 13 * Hour));
        Assert.Equal(expected, actual);
    }
}
