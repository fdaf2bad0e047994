using System.Globalization;
using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Definitions.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    [InlineData(2030, "2030-02-02")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(1985, "1985-01-21")]
    public void Tet_falls_on_the_announced_day(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.LunarNewYear(year));

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    [InlineData(2028, "2028-04-04")]
    [InlineData(2029, "2029-04-23")]
    [InlineData(2030, "2030-04-12")]
    [InlineData(2023, "2023-04-29")] // after leap month 2: the regular third month counts
    public void Hung_Kings_day_is_the_tenth_of_the_third_lunar_month(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.HungKingsCommemoration(year));

    [Theory]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(1968, "1968-01-29", "1968-01-30")]
    public void Vietnam_and_China_differ_where_the_meridian_matters(int year, string vietnam, string china)
    {
        Assert.Equal(DateOnly.Parse(vietnam, CultureInfo.InvariantCulture), VietnameseLunarCalendar.LunarNewYear(year));
        Assert.Equal(DateOnly.Parse(china, CultureInfo.InvariantCulture), VietnameseLunarCalendar.ToSolar(new LunarDate(year, 1, 1), 8));
        Assert.Equal(DateOnly.Parse(china, CultureInfo.InvariantCulture), DotNetChineseNewYear(year));
    }

    [Fact]
    public void The_same_astronomy_at_UTC_plus_8_reproduces_the_Chinese_calendar_since_1929()
    {
        // China has reckoned its calendar at UTC+8 since 1929; .NET's table is an independent source.
        var chinese = new ChineseLunisolarCalendar();
        for (int year = 1929; year <= 2100; year++)
        {
            Assert.Equal(DotNetChineseNewYear(year), VietnameseLunarCalendar.ToSolar(new LunarDate(year, 1, 1), 8));
            int leap = chinese.GetLeapMonth(year);
            Assert.Equal(leap == 0 ? null : leap - 1, VietnameseLunarCalendar.LeapMonth(year, 8));
        }
    }

    [Fact]
    public void At_UTC_plus_7_Tet_differs_from_China_only_in_the_known_years()
    {
        int[] differing = [.. Enumerable.Range(1929, 2100 - 1929 + 1)
            .Where(year => VietnameseLunarCalendar.LunarNewYear(year) != DotNetChineseNewYear(year))];
        Assert.Equal([1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053], differing);
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2033, 11)]
    [InlineData(2026, null)]
    [InlineData(2027, null)]
    public void Leap_months(int year, int? month) => Assert.Equal(month, VietnameseLunarCalendar.LeapMonth(year));

    [Fact]
    public void A_leap_month_follows_the_regular_month_of_the_same_number()
    {
        Assert.Equal(new DateOnly(2025, 6, 25), VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 6, 1)));
        Assert.Equal(new DateOnly(2025, 7, 25), VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 6, 1, IsLeapMonth: true)));
        Assert.Equal(new DateOnly(2025, 8, 23), VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 7, 1)));
        Assert.Equal(new LunarDate(2023, 2, 1, true), VietnameseLunarCalendar.FromSolar(new DateOnly(2023, 3, 22)));
        Assert.Equal(new LunarDate(2033, 11, 1, true), VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.ToSolar(new LunarDate(2033, 11, 1, true))));
    }

    [Fact]
    public void Every_day_from_1900_to_2199_converts_to_lunar_and_back()
    {
        LunarDate previous = VietnameseLunarCalendar.FromSolar(new DateOnly(1900, 1, 30));
        for (var day = new DateOnly(1900, 1, 31); day <= new DateOnly(2199, 12, 31); day = day.AddDays(1))
        {
            LunarDate lunar = VietnameseLunarCalendar.FromSolar(day);
            Assert.Equal(day, VietnameseLunarCalendar.ToSolar(lunar));
            bool nextDay = lunar == previous with { Day = previous.Day + 1 };
            bool newMonth = lunar.Day == 1 && previous.Day is 29 or 30;
            Assert.True(nextDay || newMonth, $"{previous} then {lunar} on {day}");
            previous = lunar;
        }
    }

    [Fact]
    public void The_last_day_of_the_lunar_year_is_the_eve_of_Tet()
    {
        LunarDate eve = VietnameseLunarCalendar.FromSolar(new DateOnly(2026, 2, 16));
        Assert.Equal(new LunarDate(2025, 12, 29), eve);
        Assert.Equal(new LunarDate(2027, 1, 1), VietnameseLunarCalendar.FromSolar(new DateOnly(2027, 2, 6)));
    }

    [Fact]
    public void Impossible_lunar_dates_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2026, 2, 1, true)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 5, 1, true)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2026, 13, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 12, 30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.LunarNewYear(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(2200, 1, 1)));
    }

    private static DateOnly DotNetChineseNewYear(int year) =>
        DateOnly.FromDateTime(new ChineseLunisolarCalendar().ToDateTime(year, 1, 1, 0, 0, 0, 0));
}
