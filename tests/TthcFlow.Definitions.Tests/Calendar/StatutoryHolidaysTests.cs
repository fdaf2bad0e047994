using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Definitions.Tests.Calendar;

public sealed class StatutoryHolidaysTests
{
    private static DateOnly[] Off(CalendarSchedule schedule, DayOffKind kind) =>
        [.. schedule.DaysOff.Where(d => d.Kind == kind).SelectMany(d => d.Days())];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Defaults_for_2027_follow_Labour_Code_Article_112()
    {
        CalendarSchedule schedule = StatutoryHolidays.DefaultSchedule(2027);
        Assert.Equal(
            [D(2027, 1, 1), D(2027, 2, 5), D(2027, 2, 6), D(2027, 2, 7), D(2027, 2, 8), D(2027, 2, 9),
             D(2027, 4, 16), D(2027, 4, 30), D(2027, 5, 1), D(2027, 9, 2), D(2027, 9, 3)],
            Off(schedule, DayOffKind.Holiday));
        // Tết's Saturday and Sunday → Wed 10/2 and Thu 11/2; 1/5 on a Saturday → Mon 3/5.
        Assert.Equal([D(2027, 2, 10), D(2027, 2, 11), D(2027, 5, 3)], Off(schedule, DayOffKind.Compensatory));
        Assert.Empty(schedule.ExtraWorkingDays);
        Assert.Equal(StatutoryHolidays.ComputedSource, schedule.Source);
    }

    [Fact]
    public void Defaults_for_2026_agree_with_the_announced_Tet_and_the_Hung_Kings_compensation()
    {
        CalendarSchedule schedule = StatutoryHolidays.DefaultSchedule(2026);
        DateOnly[] off = [.. schedule.DaysOff.SelectMany(d => d.Days())];
        Assert.Subset(off.ToHashSet(), new HashSet<DateOnly> { D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18), D(2026, 2, 19), D(2026, 2, 20) });
        Assert.Equal([D(2026, 4, 27)], Off(schedule, DayOffKind.Compensatory));
    }

    [Theory]
    [InlineData(2023, 1)] // 2/9 on Saturday: Fri 1/9 (Sat 3/9 would make the same 4-day break)
    [InlineData(2025, 1)] // Tuesday: Mon 1/9 joins the weekend
    [InlineData(2026, 1)] // Wednesday: a tie, 1/9
    [InlineData(2027, 3)] // Thursday: Fri 3/9 joins the weekend
    [InlineData(2028, 1)] // Saturday
    public void The_National_Day_adjacent_day_makes_the_longer_break(int year, int adjacentDay)
    {
        DayOff adjacent = StatutoryHolidays.DefaultSchedule(year).DaysOff.Single(d => d.NameEn == "National Day (adjacent day)");
        Assert.Equal(D(year, 9, adjacentDay), adjacent.From);
    }

    [Fact]
    public void Holidays_on_a_weekend_are_compensated_on_the_next_free_working_day()
    {
        // 2023: Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon → compensations Tue 2/5 and Wed 3/5.
        CalendarSchedule schedule = StatutoryHolidays.DefaultSchedule(2023);
        DateOnly[] compensations = Off(schedule, DayOffKind.Compensatory);
        Assert.Contains(D(2023, 5, 2), compensations);
        Assert.Contains(D(2023, 5, 3), compensations);
        Assert.Contains(D(2023, 1, 2), compensations); // 1/1/2023 was a Sunday
    }

    [Fact]
    public void Compensation_follows_the_configured_weekly_rest_days()
    {
        var sundayOnly = new OfficeHours(OfficeHours.Standard.Sessions, [DayOfWeek.Sunday], new TimeOnly(15, 0));
        CalendarSchedule schedule = StatutoryHolidays.DefaultSchedule(2027, sundayOnly);
        // Tết 2027 runs Fri 5/2 – Tue 9/2; only Sunday 7/2 is a rest day → Wed 10/2.
        Assert.Equal([D(2027, 2, 10)], Off(schedule, DayOffKind.Compensatory).Where(d => d.Month == 2));
    }

    [Fact]
    public void No_computed_year_leaves_Tet_or_the_Hung_Kings_day_as_a_working_day()
    {
        WorkingCalendar calendar = WorkingCalendar.CreateDefault(2020, 2040);
        for (int year = 2020; year <= 2040; year++)
        {
            DateOnly tet = VietnameseLunarCalendar.LunarNewYear(year);
            for (int i = -1; i <= 3; i++)
                Assert.False(calendar.IsWorkingDay(tet.AddDays(i)), $"Tết {year}: {tet.AddDays(i)}");
            Assert.False(calendar.IsWorkingDay(VietnameseLunarCalendar.HungKingsCommemoration(year)));
            Assert.False(calendar.IsWorkingDay(D(year, 9, 2)));
            // 11 holidays, each one day off on a weekday or compensated: 11 weekdays off a year.
            int weekdaysOff = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
                .Select(i => D(year, 1, 1).AddDays(i))
                .Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !calendar.IsWorkingDay(d));
            Assert.Equal(11, weekdaysOff);
        }
    }

    [Fact]
    public void Years_outside_the_lunar_calendar_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.DefaultSchedule(2200));
}
