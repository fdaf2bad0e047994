namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// The astronomy behind the Vietnamese lunar calendar (âm lịch): mean new moons corrected by
/// the main periodic terms, and the sun's apparent longitude, after Jean Meeus,
/// <i>Astronomical Algorithms</i>, in the form popularised by Hồ Ngọc Đức's lunar calendar
/// algorithm. Day numbers are Julian Day Numbers (JDN); the time zone decides which civil day
/// an astronomical instant falls on.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>JDN of the first new moon counted by <see cref="NewMoon"/> (k = 0: 1900-01-01 13:52 UT).</summary>
    internal const double EpochJulianDay = 2415021.076998695;

    /// <summary>Mean length of a synodic month in days.</summary>
    internal const double SynodicMonth = 29.530588853;

    private const double Radians = Math.PI / 180;

    /// <summary>Julian Day Number of a Gregorian date.</summary>
    internal static int JulianDayNumber(DateOnly date) => date.DayNumber + 1721426;

    /// <summary>The Gregorian date of a Julian Day Number.</summary>
    internal static DateOnly DateOfJulianDayNumber(int jdn) => DateOnly.FromDayNumber(jdn - 1721426);

    /// <summary>Julian day (UT, fractional) of the k-th new moon after the epoch.</summary>
    internal static double NewMoon(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
            + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * Radians);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mPrime = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * Math.Sin(m * Radians)
            + 0.0021 * Math.Sin(2 * m * Radians)
            - 0.4068 * Math.Sin(mPrime * Radians)
            + 0.0161 * Math.Sin(2 * mPrime * Radians)
            - 0.0004 * Math.Sin(3 * mPrime * Radians)
            + 0.0104 * Math.Sin(2 * f * Radians)
            - 0.0051 * Math.Sin((m + mPrime) * Radians)
            - 0.0074 * Math.Sin((m - mPrime) * Radians)
            + 0.0004 * Math.Sin((2 * f + m) * Radians)
            - 0.0004 * Math.Sin((2 * f - m) * Radians)
            - 0.0006 * Math.Sin((2 * f + mPrime) * Radians)
            + 0.0010 * Math.Sin((2 * f - mPrime) * Radians)
            + 0.0005 * Math.Sin((2 * mPrime + m) * Radians);
        double deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + correction - deltaT;
    }

    /// <summary>The civil day (JDN) at the given UTC offset on which the k-th new moon falls.</summary>
    internal static int NewMoonDay(int k, double timeZoneHours) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + timeZoneHours / 24);

    /// <summary>The sun's apparent longitude in radians, [0, 2π), at a Julian day (UT).</summary>
    internal static double SunLongitude(double julianDay)
    {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(m * Radians)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * m * Radians)
            + 0.000290 * Math.Sin(3 * m * Radians);
        double l = (l0 + dl) * Radians;
        return l - 2 * Math.PI * Math.Floor(l / (2 * Math.PI));
    }

    /// <summary>
    /// The 30° sector (0..11) of the sun's longitude at the start of a civil day at the given
    /// offset; sector k begins at the major solar term (trung khí) at k × 30°.
    /// </summary>
    internal static int SunSector(int jdn, double timeZoneHours) =>
        (int)Math.Floor(SunLongitude(jdn - 0.5 - timeZoneHours / 24) / Math.PI * 6);
}
