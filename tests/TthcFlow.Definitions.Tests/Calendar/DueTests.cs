using TthcFlow.Definitions.Calendar;
using static TthcFlow.Definitions.Tests.Calendar.CalendarTestData;

namespace TthcFlow.Definitions.Tests.Calendar;

public sealed class DueTests
{
    [Fact]
    public void Working_days_are_eight_working_hours_from_the_start_of_work()
    {
        Assert.Equal(Vn(2026, 3, 12, 10), ShippedCalendar.Due(Vn(2026, 3, 9, 10), TimeLimit.WorkingDays(3)));      // Mon 10:00 → Thu 10:00
        Assert.Equal(Vn(2026, 3, 11, 17), ShippedCalendar.Due(Vn(2026, 3, 11, 7), TimeLimit.WorkingDays(1)));      // a whole day ends at 17:00
        Assert.Equal(Vn(2026, 3, 11, 11), ShippedCalendar.Due(Vn(2026, 3, 11, 7), TimeLimit.WorkingDays(0.5m)));   // 4 h
        Assert.Equal(Vn(2026, 3, 11, 15), ShippedCalendar.Due(Vn(2026, 3, 11, 9), TimeLimit.WorkingDays(0.5m)));
        Assert.Equal(Vn(2026, 3, 11, 8), ShippedCalendar.Due(Vn(2026, 3, 10, 18), TimeLimit.WorkingDays(0.125m))); // evening receipt
        Assert.Equal(Vn(2026, 3, 11, 14, 30), ShippedCalendar.Due(Vn(2026, 3, 11, 12, 10), TimeLimit.WorkingDays(0.125m))); // lunch receipt
        // Land transfer, 8 working days received just before Tết 2026: Tết is not counted.
        Assert.Equal(Vn(2026, 3, 4, 10), ShippedCalendar.Due(Vn(2026, 2, 13, 10), TimeLimit.WorkingDays(8)));
    }

    [Fact]
    public void Working_hours_count_from_the_start_of_work()
    {
        Assert.Equal(Vn(2026, 3, 12, 8), ShippedCalendar.Due(Vn(2026, 3, 11, 16), TimeLimit.WorkingHours(2)));
        Assert.Equal(Vn(2026, 3, 12, 9), ShippedCalendar.Due(Vn(2026, 3, 11, 20), TimeLimit.WorkingHours(2)));
        Assert.Equal(Vn(2026, 3, 11, 14), ShippedCalendar.Due(Vn(2026, 3, 11, 11), TimeLimit.WorkingHours(1)));
    }

    [Fact]
    public void Same_day_procedures_follow_the_three_pm_cut_off()
    {
        Assert.Equal(Vn(2026, 3, 11, 17), ShippedCalendar.Due(Vn(2026, 3, 11, 14, 59), TimeLimit.SameDay));
        Assert.Equal(Vn(2026, 3, 12, 17), ShippedCalendar.Due(Vn(2026, 3, 11, 15), TimeLimit.SameDay));
        Assert.Equal(Vn(2026, 3, 12, 17), ShippedCalendar.Due(Vn(2026, 3, 11, 16, 30), TimeLimit.SameDay));
        Assert.Equal(Vn(2026, 3, 12, 17), ShippedCalendar.Due(Vn(2026, 3, 11, 19), TimeLimit.SameDay)); // next morning is before the cut-off
        Assert.Equal(Vn(2026, 2, 23, 17), ShippedCalendar.Due(Vn(2026, 2, 13, 15, 30), TimeLimit.SameDay)); // Friday before Tết
        Assert.Equal(Vn(2025, 4, 26, 17), ShippedCalendar.Due(Vn(2025, 4, 25, 15, 30), TimeLimit.SameDay)); // the worked Saturday
    }

    [Fact]
    public void The_cut_off_is_read_from_office_hours()
    {
        WorkingCalendar later = ShippedCalendar.WithOfficeHours(OfficeHours.Standard.WithCutOff(new TimeOnly(16, 0)));
        Assert.Equal(Vn(2026, 3, 11, 17), later.Due(Vn(2026, 3, 11, 15, 30), TimeLimit.SameDay));
    }

    [Fact]
    public void Calendar_days_count_every_day_and_a_last_day_off_moves_to_the_next_working_day()
    {
        Assert.Equal(Vn(2026, 3, 26, 17), ShippedCalendar.Due(Vn(2026, 3, 11, 9), TimeLimit.CalendarDays(15)));  // Thu 26/3
        Assert.Equal(Vn(2026, 3, 16, 17), ShippedCalendar.Due(Vn(2026, 3, 11, 9), TimeLimit.CalendarDays(3)));   // Sat 14/3 → Mon 16/3
        Assert.Equal(Vn(2026, 2, 23, 17), ShippedCalendar.Due(Vn(2026, 2, 11, 9), TimeLimit.CalendarDays(3)));    // Sat 14/2 → after Tết
        Assert.Equal(Vn(2026, 5, 4, 17), ShippedCalendar.Due(Vn(2026, 4, 28, 9), TimeLimit.CalendarDays(2)));     // Thu 30/4 → Mon 4/5
        Assert.Equal(Vn(2026, 8, 22, 17), ShippedCalendar.Due(Vn(2026, 8, 12, 9), TimeLimit.CalendarDays(10)));   // the worked Saturday
        Assert.Equal(Vn(2026, 9, 3, 17), ShippedCalendar.Due(Vn(2026, 8, 21, 9), TimeLimit.CalendarDays(10)));    // Mon 31/8 (swapped) → Thu 3/9
        // Days run from the receipt date in Vietnam: 20:00 UTC on 10/3 is already 11/3 in Hanoi.
        Assert.Equal(Vn(2026, 3, 26, 17), ShippedCalendar.Due(new DateTimeOffset(2026, 3, 10, 20, 0, 0, TimeSpan.Zero), TimeLimit.CalendarDays(15)));
    }

    [Fact]
    public void Due_instants_are_expressed_in_Vietnam_time()
    {
        TimeLimit[] limits = [TimeLimit.WorkingDays(2), TimeLimit.WorkingHours(3), TimeLimit.CalendarDays(5), TimeLimit.SameDay];
        foreach (TimeLimit limit in limits)
            Assert.Equal(VietnamTime.Offset, ShippedCalendar.Due(new DateTimeOffset(2026, 3, 11, 2, 0, 0, TimeSpan.Zero), limit).Offset);
    }
}
