using TthcFlow.Definitions.Calendar;

namespace TthcFlow.LoadTest;

/// <summary>
/// Khi nào công dân đến nộp — how filings spread over the year: only on working days (no arrivals
/// on Tết or public holidays), more before Tết and at the year's end, more on Mondays, a morning
/// peak and a smaller afternoon one within office hours.
/// </summary>
public sealed class ArrivalProfile(WorkingCalendar calendar, int dossiersPerYear)
{
    /// <summary>Month factors (January … December): the pre-Tết rush, the post-Tết lull, the year-end close.</summary>
    private static readonly double[] Season = [1.35, 0.7, 1.05, 0.95, 0.95, 1.0, 0.9, 0.9, 1.0, 1.0, 1.05, 1.2];

    /// <summary>Weekday factors, Monday … Friday (Saturday work days count as Friday).</summary>
    private static readonly double[] Weekday = [1.2, 1.05, 1.0, 0.95, 0.85];

    /// <summary>Share of the day's filings per office half-hour, 07:00 … 17:00 (lunch 11:30–13:30 empty).</summary>
    private static readonly double[] HalfHours = [4, 9, 12, 12, 11, 9, 6, 3, 0, 0, 0, 0, 4, 8, 9, 7, 5, 3, 1, 0];

    private readonly Dictionary<int, double> _yearWeight = [];

    /// <summary>The expected number of filings on a day (0 on non-working days).</summary>
    public double Expected(DateOnly day)
    {
        if (!calendar.IsWorkingDay(day))
            return 0;
        return dossiersPerYear * Weight(day) / YearWeight(day.Year);
    }

    /// <summary>How many arrive that day: the expectation with Poisson-like noise.</summary>
    public int Count(DateOnly day, Random random)
    {
        double expected = Expected(day);
        if (expected <= 0)
            return 0;
        double noisy = expected + Math.Sqrt(expected) * Gaussian(random);
        return Math.Max(0, (int)Math.Round(noisy));
    }

    /// <summary>An arrival instant within the day's office hours, following the half-hour profile.</summary>
    public DateTimeOffset Instant(DateOnly day, Random random)
    {
        double total = HalfHours.Sum(), x = random.NextDouble() * total;
        int slot = 0;
        while (slot < HalfHours.Length - 1 && (x -= HalfHours[slot]) > 0)
            slot++;
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(7));
        return start.AddMinutes(slot * 30 + random.NextDouble() * 30);
    }

    private static double Weight(DateOnly day) => Season[day.Month - 1] * Weekday[day.DayOfWeek switch
    {
        DayOfWeek.Monday => 0,
        DayOfWeek.Tuesday => 1,
        DayOfWeek.Wednesday => 2,
        DayOfWeek.Thursday => 3,
        _ => 4,
    }];

    private double YearWeight(int year)
    {
        if (_yearWeight.TryGetValue(year, out double w))
            return w;
        w = 0;
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
            if (calendar.IsWorkingDay(d))
                w += Weight(d);
        return _yearWeight[year] = w;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
