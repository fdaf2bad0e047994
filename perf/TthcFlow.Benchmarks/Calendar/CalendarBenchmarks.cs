using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Benchmarks.Calendar;

/// <summary>
/// Working-time arithmetic of <see cref="WorkingCalendar"/> (standard office hours, the shipped
/// 2025–2027 schedules, years 2020–2040) beside the naive minute-by-minute reference, on the
/// same 256 random receipts across 2025–2027 and limits of 0.125–20 working days.
/// Figures are per operation; the ratio column compares each operation with its naive baseline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioAsSpeedUp))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CalendarBenchmarks
{
    private const int Operations = 256;
    private WorkingCalendar _calendar = null!;
    private NaiveWorkingCalendar _naive = null!;
    private DateTimeOffset[] _starts = null!;
    private DateTimeOffset[] _ends = null!;
    private TimeSpan[] _amounts = null!;
    private TimeLimit[] _limits = null!;

    [GlobalSetup]
    public void Setup()
    {
        IReadOnlyList<CalendarSchedule> files = ShippedSchedules.Load();
        _calendar = WorkingCalendar.Create(OfficeHours.Standard, files, 2020, 2040);
        _naive = new NaiveWorkingCalendar(OfficeHours.Standard, _calendar.Schedules);
        var random = new Random(20260217);
        var first = new DateTimeOffset(2025, 1, 1, 0, 0, 0, VietnamTime.Offset);
        _starts = new DateTimeOffset[Operations];
        _ends = new DateTimeOffset[Operations];
        _amounts = new TimeSpan[Operations];
        _limits = new TimeLimit[Operations];
        for (int i = 0; i < Operations; i++)
        {
            _starts[i] = first.AddMinutes(random.Next(0, 3 * 365 * 1440 - 60 * 1440));
            int eighths = random.Next(1, 161);
            _amounts[i] = TimeSpan.FromHours(eighths);
            _ends[i] = _starts[i].AddMinutes(random.Next(0, 30 * 1440));
            _limits[i] = (i % 4) switch
            {
                0 or 1 => TimeLimit.WorkingDays(eighths / 8m),
                2 => TimeLimit.CalendarDays(random.Next(1, 31)),
                _ => TimeLimit.SameDay,
            };
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations), BenchmarkCategory("AddWorkingTime")]
    public DateTimeOffset AddWorkingTime_Naive()
    {
        DateTimeOffset last = default;
        for (int i = 0; i < Operations; i++)
            last = _naive.AddWorkingTime(_starts[i], _amounts[i]);
        return last;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory("AddWorkingTime")]
    public DateTimeOffset AddWorkingTime()
    {
        DateTimeOffset last = default;
        for (int i = 0; i < Operations; i++)
            last = _calendar.AddWorkingTime(_starts[i], _amounts[i]);
        return last;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations), BenchmarkCategory("WorkingTimeBetween")]
    public TimeSpan WorkingTimeBetween_Naive()
    {
        TimeSpan total = default;
        for (int i = 0; i < Operations; i++)
            total += _naive.WorkingTimeBetween(_starts[i], _ends[i]);
        return total;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory("WorkingTimeBetween")]
    public TimeSpan WorkingTimeBetween()
    {
        TimeSpan total = default;
        for (int i = 0; i < Operations; i++)
            total += _calendar.WorkingTimeBetween(_starts[i], _ends[i]);
        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations), BenchmarkCategory("Due")]
    public DateTimeOffset Due_Naive()
    {
        DateTimeOffset last = default;
        for (int i = 0; i < Operations; i++)
            last = _naive.Due(_starts[i], _limits[i]);
        return last;
    }

    [Benchmark(OperationsPerInvoke = Operations), BenchmarkCategory("Due")]
    public DateTimeOffset Due()
    {
        DateTimeOffset last = default;
        for (int i = 0; i < Operations; i++)
            last = _calendar.Due(_starts[i], _limits[i]);
        return last;
    }
}

/// <summary>Shows ratios as "N x faster" rather than 0.000 when the gap is several thousandfold.</summary>
public sealed class RatioAsSpeedUp : ManualConfig
{
    public RatioAsSpeedUp() => SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
}
