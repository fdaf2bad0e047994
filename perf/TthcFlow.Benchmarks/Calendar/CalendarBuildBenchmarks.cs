using BenchmarkDotNet.Attributes;
using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Benchmarks.Calendar;

/// <summary>
/// The cost of a holiday-calendar change: parsing a yearly schedule, building a 21-year
/// calendar (2020–2040: three files, eighteen computed years), and replacing one year.
/// </summary>
[MemoryDiagnoser]
public class CalendarBuildBenchmarks
{
    private IReadOnlyList<CalendarSchedule> _files = null!;
    private string _json2026 = null!;
    private WorkingCalendar _calendar = null!;
    private CalendarSchedule _edited2026 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _files = ShippedSchedules.Load();
        _json2026 = _files.Single(s => s.Year == 2026).ToJson();
        _calendar = WorkingCalendar.Create(OfficeHours.Standard, _files, 2020, 2040);
        CalendarSchedule announced = _calendar.ScheduleFor(2026);
        _edited2026 = announced.With(daysOff: announced.DaysOff.Where(d => d.Kind != DayOffKind.Swapped), extraWorkingDays: []);
    }

    [Benchmark]
    public CalendarSchedule ParseSchedule() => CalendarSchedule.Parse(_json2026);

    [Benchmark]
    public WorkingCalendar Build2020To2040() => WorkingCalendar.Create(OfficeHours.Standard, _files, 2020, 2040);

    [Benchmark]
    public WorkingCalendar ReplaceOneYear() => _calendar.WithSchedule(_edited2026);
}
