using System.Text.Json;
using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Definitions.Tests.Calendar;

public sealed class OfficeHoursTests
{
    private static OfficeSession S(int h1, int m1, int h2, int m2) => new(new TimeOnly(h1, m1), new TimeOnly(h2, m2));

    [Fact]
    public void Standard_office_hours_make_an_eight_hour_working_day()
    {
        OfficeHours hours = OfficeHours.Standard;
        Assert.Equal([S(7, 0, 11, 30), S(13, 30, 17, 0)], hours.Sessions);
        Assert.Equal(TimeSpan.FromHours(8), hours.WorkingDayLength);
        Assert.Equal(new TimeOnly(15, 0), hours.CutOff);
        Assert.Equal(new TimeOnly(7, 0), hours.OpensAt);
        Assert.Equal(new TimeOnly(17, 0), hours.ClosesAt);
        Assert.False(hours.IsWeeklyWorkingDay(DayOfWeek.Saturday));
        Assert.False(hours.IsWeeklyWorkingDay(DayOfWeek.Sunday));
        Assert.True(hours.IsWeeklyWorkingDay(DayOfWeek.Monday));
    }

    [Fact]
    public void Inconsistent_office_hours_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new OfficeHours([], [DayOfWeek.Sunday], new TimeOnly(15, 0)));
        Assert.Throws<ArgumentException>(() => new OfficeHours([S(11, 0, 7, 0)], [], new TimeOnly(15, 0)));
        Assert.Throws<ArgumentException>(() => new OfficeHours([S(7, 0, 12, 0), S(11, 0, 17, 0)], [], new TimeOnly(15, 0)));
        Assert.Throws<ArgumentException>(() => new OfficeHours([S(7, 0, 12, 0)], Enum.GetValues<DayOfWeek>(), new TimeOnly(15, 0)));
    }

    [Fact]
    public void The_cut_off_is_configurable() =>
        Assert.Equal(new TimeOnly(16, 0), OfficeHours.Standard.WithCutOff(new TimeOnly(16, 0)).CutOff);
}

public sealed class TimeLimitTests
{
    [Fact]
    public void Reads_and_writes_the_procedure_metadata_form()
    {
        var limit = JsonSerializer.Deserialize<TimeLimit>("""{ "value": 0.5, "unit": "WorkingDays" }""", JsonSerializerOptions.Web);
        Assert.Equal(TimeLimit.WorkingDays(0.5m), limit);
        Assert.Equal("""{"value":15,"unit":"CalendarDays"}""", JsonSerializer.Serialize(TimeLimit.CalendarDays(15), JsonSerializerOptions.Web));
    }

    [Fact]
    public void Rejects_negative_and_fractional_calendar_day_limits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(1.5m, TimeLimitUnit.CalendarDays));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(1, (TimeLimitUnit)42));
    }

    [Fact]
    public void Reads_in_Vietnamese()
    {
        Assert.Equal("0.5 ngày làm việc", TimeLimit.WorkingDays(0.5m).ToString());
        Assert.Equal("15 ngày", TimeLimit.CalendarDays(15).ToString());
        Assert.Equal("trong ngày", TimeLimit.SameDay.ToString());
    }
}
