namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch Việt Nam), computed astronomically for Vietnam's
/// meridian, UTC+7. It differs from China's calendar (UTC+8, which .NET's
/// <c>ChineseLunisolarCalendar</c> follows) whenever a new moon or a solar term falls between
/// 16:00 and 17:00 UT: Tết 1985, 2007 and 2030 are examples. A lunar month begins on the civil
/// day of a new moon; month 11 contains the winter solstice; a year with 13 months repeats, as
/// its intercalary month (tháng nhuận), the first month after month 11 that contains no major
/// solar term (trung khí).
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>Vietnam's time zone in hours east of UTC.</summary>
    public const double VietnamTimeZoneHours = 7;

    /// <summary>First lunar or Gregorian year handled.</summary>
    public const int MinYear = 1900;

    /// <summary>Last lunar or Gregorian year handled.</summary>
    public const int MaxYear = 2199;

    /// <summary>Tết Nguyên đán: the first day of the first month of the lunar year.</summary>
    public static DateOnly LunarNewYear(int lunarYear) => ToSolar(new LunarDate(lunarYear, 1, 1));

    /// <summary>Giỗ Tổ Hùng Vương: the tenth day of the (regular) third lunar month.</summary>
    public static DateOnly HungKingsCommemoration(int lunarYear) => ToSolar(new LunarDate(lunarYear, 3, 10));

    /// <summary>The intercalary month (tháng nhuận) of a lunar year, or null if it has 12 months.</summary>
    public static int? LeapMonth(int lunarYear) => LeapMonth(lunarYear, VietnamTimeZoneHours);

    /// <summary>The Gregorian date of a lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900..2199, the month
    /// outside 1..12, the day beyond the month's length, or a leap month that the year lacks.</exception>
    public static DateOnly ToSolar(LunarDate lunar) => ToSolar(lunar, VietnamTimeZoneHours);

    /// <summary>The lunar date of a Gregorian date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is outside 1900..2199.</exception>
    public static LunarDate FromSolar(DateOnly date) => FromSolar(date, VietnamTimeZoneHours);

    internal static DateOnly ToSolar(LunarDate lunar, double timeZoneHours)
    {
        if (lunar.Year is < MinYear or > MaxYear)
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, $"Lunar year must be within {MinYear}..{MaxYear}.");
        if (lunar.Month is < 1 or > 12)
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, "Lunar month must be within 1..12.");
        if (lunar.Day is < 1 or > 30)
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, "Lunar day must be within 1..30.");

        bool late = lunar.Month >= 11;
        int a11 = Month11Start(late ? lunar.Year : lunar.Year - 1, timeZoneHours);
        int b11 = Month11Start(late ? lunar.Year + 1 : lunar.Year, timeZoneHours);
        int k = (int)Math.Floor(0.5 + (a11 - LunarAstronomy.EpochJulianDay) / LunarAstronomy.SynodicMonth);
        int offset = (lunar.Month - 11 + 12) % 12;
        if (b11 - a11 > 365)
        {
            int leapOffset = LeapMonthOffset(a11, timeZoneHours);
            int leapMonth = LeapMonthNumber(leapOffset);
            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
                throw new ArgumentOutOfRangeException(nameof(lunar), lunar, $"Month {lunar.Month} is not the leap month of this lunar year.");
            if (lunar.IsLeapMonth || offset >= leapOffset)
                offset++;
        }
        else if (lunar.IsLeapMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, "This lunar year has no leap month.");
        }

        int monthStart = LunarAstronomy.NewMoonDay(k + offset, timeZoneHours);
        int nextMonthStart = LunarAstronomy.NewMoonDay(k + offset + 1, timeZoneHours);
        if (lunar.Day > nextMonthStart - monthStart)
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, $"This lunar month has {nextMonthStart - monthStart} days.");
        return LunarAstronomy.DateOfJulianDayNumber(monthStart + lunar.Day - 1);
    }

    internal static LunarDate FromSolar(DateOnly date, double timeZoneHours)
    {
        if (date.Year is < MinYear or > MaxYear)
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Year must be within {MinYear}..{MaxYear}.");

        int jdn = LunarAstronomy.JulianDayNumber(date);
        // Start from the new moon after the mean one; true new moons stray from the mean by
        // up to about 14 hours, so step back until the month has begun.
        int k = (int)Math.Floor((jdn - LunarAstronomy.EpochJulianDay) / LunarAstronomy.SynodicMonth) + 1;
        int monthStart = LunarAstronomy.NewMoonDay(k, timeZoneHours);
        while (monthStart > jdn)
            monthStart = LunarAstronomy.NewMoonDay(--k, timeZoneHours);

        int a11 = Month11Start(date.Year, timeZoneHours);
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11Start(date.Year - 1, timeZoneHours);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11Start(date.Year + 1, timeZoneHours);
        }

        int day = jdn - monthStart + 1;
        int monthsSince11 = (int)Math.Floor((monthStart - a11) / 29.0);
        bool leap = false;
        int month = monthsSince11 + 11;
        if (b11 - a11 > 365)
        {
            int leapOffset = LeapMonthOffset(a11, timeZoneHours);
            if (monthsSince11 >= leapOffset)
            {
                month = monthsSince11 + 10;
                leap = monthsSince11 == leapOffset;
            }
        }
        if (month > 12)
            month -= 12;
        if (month >= 11 && monthsSince11 < 4)
            lunarYear--;
        return new LunarDate(lunarYear, month, day, leap);
    }

    internal static int? LeapMonth(int lunarYear, double timeZoneHours)
    {
        if (lunarYear is < MinYear or > MaxYear)
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"Lunar year must be within {MinYear}..{MaxYear}.");
        // A leap month lies between month 11 of the previous year and month 11 of the next;
        // look at both spans that overlap lunar year Y (months 1..10 and 11..12).
        foreach (int startYear in new[] { lunarYear - 1, lunarYear })
        {
            int a11 = Month11Start(startYear, timeZoneHours);
            int b11 = Month11Start(startYear + 1, timeZoneHours);
            if (b11 - a11 <= 365)
                continue;
            int leapMonth = LeapMonthNumber(LeapMonthOffset(a11, timeZoneHours));
            bool belongsToYear = startYear == lunarYear - 1 ? leapMonth <= 10 : leapMonth >= 11;
            if (belongsToYear)
                return leapMonth;
        }
        return null;
    }

    /// <summary>The number of the intercalary month that comes <paramref name="leapOffset"/>
    /// months after month 11 (offset 1 → leap 11, 2 → leap 12, 3 → leap 1, ...).</summary>
    private static int LeapMonthNumber(int leapOffset) => (leapOffset + 9) % 12 + 1;

    /// <summary>JDN of the first day of lunar month 11 (the month of the winter solstice) that
    /// begins in the given Gregorian year.</summary>
    private static int Month11Start(int year, double timeZoneHours)
    {
        int offset = LunarAstronomy.JulianDayNumber(new DateOnly(year, 12, 31)) - 2415021;
        int k = (int)Math.Floor(offset / LunarAstronomy.SynodicMonth);
        int newMoon = LunarAstronomy.NewMoonDay(k, timeZoneHours);
        return LunarAstronomy.SunSector(newMoon, timeZoneHours) >= 9
            ? LunarAstronomy.NewMoonDay(k - 1, timeZoneHours)
            : newMoon;
    }

    /// <summary>How many months after month 11 (starting at JDN <paramref name="a11"/>) the
    /// intercalary month comes: the first month whose start sees no new solar sector.</summary>
    private static int LeapMonthOffset(int a11, double timeZoneHours)
    {
        int k = (int)Math.Floor((a11 - LunarAstronomy.EpochJulianDay) / LunarAstronomy.SynodicMonth + 0.5);
        int i = 1;
        int sector = LunarAstronomy.SunSector(LunarAstronomy.NewMoonDay(k + i, timeZoneHours), timeZoneHours);
        int last;
        do
        {
            last = sector;
            i++;
            sector = LunarAstronomy.SunSector(LunarAstronomy.NewMoonDay(k + i, timeZoneHours), timeZoneHours);
        }
        while (sector != last && i < 14);
        return i - 1;
    }
}
