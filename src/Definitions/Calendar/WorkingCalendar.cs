namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// The working calendar (lịch làm việc) over a covered range of whole years: which days are
/// working days (ngày làm việc) — weekly rest days from <see cref="OfficeHours"/>, days off and
/// make-up working days from each year's <see cref="CalendarSchedule"/> (the loaded one, else
/// the computed <see cref="StatutoryHolidays"/> default, so Tết is never a working day) — and
/// working-time arithmetic inside office sessions. Every query is O(1). Immutable and safe to
/// share between threads; a changed holiday schedule gives a new calendar
/// (<see cref="WithSchedule"/>), cheap enough to rebuild at each change. Inputs in any UTC
/// offset are read as Vietnam time (UTC+7); every instant returned is at +07:00.
/// </summary>
public sealed partial class WorkingCalendar
{
    private static readonly long VietnamOffsetTicks = VietnamTime.Offset.Ticks;
    private readonly WorkingTimeline _timeline;
    private readonly CalendarSchedule[] _schedules;
    private readonly bool[] _computed;

    private WorkingCalendar(OfficeHours officeHours, CalendarSchedule[] schedules, bool[] computed, string? province)
    {
        OfficeHours = officeHours;
        Province = province;
        _schedules = schedules;
        _computed = computed;
        FirstDay = new DateOnly(schedules[0].Year, 1, 1);
        LastDay = new DateOnly(schedules[^1].Year, 12, 31);

        var isWorking = new bool[LastDay.DayNumber - FirstDay.DayNumber + 1];
        int firstDayNumber = FirstDay.DayNumber;
        for (int i = 0; i < isWorking.Length; i++)
            isWorking[i] = officeHours.IsWeeklyWorkingDay(DateOnly.FromDayNumber(firstDayNumber + i).DayOfWeek);
        foreach (CalendarSchedule schedule in schedules)
        {
            foreach (DayOff off in schedule.DaysOff)
            {
                if (!CalendarSchedule.Applies(off.Province, province))
                    continue;
                for (int day = off.From.DayNumber; day <= off.To.DayNumber; day++)
                    isWorking[day - firstDayNumber] = false;
            }
            foreach (ExtraWorkingDay worked in schedule.ExtraWorkingDays)
            {
                if (CalendarSchedule.Applies(worked.Province, province))
                    isWorking[worked.Date.DayNumber - firstDayNumber] = true;
            }
        }
        _timeline = new WorkingTimeline(firstDayNumber, isWorking, officeHours);
    }

    /// <summary>Builds a calendar for the years <paramref name="firstYear"/>..<paramref name="lastYear"/>.</summary>
    /// <param name="officeHours">Sessions, weekly rest days and cut-off.</param>
    /// <param name="schedules">Loaded yearly schedules; years without one get the computed
    /// default; schedules of years outside the range are ignored.</param>
    /// <param name="firstYear">First covered year.</param>
    /// <param name="lastYear">Last covered year.</param>
    /// <param name="province">Province code whose local entries apply; null for the national calendar.</param>
    /// <exception cref="ArgumentException">Two schedules for the same year, or an empty province code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or outside 1900..2199.</exception>
    public static WorkingCalendar Create(OfficeHours officeHours, IEnumerable<CalendarSchedule> schedules, int firstYear, int lastYear, string? province = null)
    {
        ArgumentNullException.ThrowIfNull(officeHours);
        ArgumentNullException.ThrowIfNull(schedules);
        if (firstYear < VietnameseLunarCalendar.MinYear || lastYear > VietnameseLunarCalendar.MaxYear || lastYear < firstYear)
            throw new ArgumentOutOfRangeException(nameof(firstYear), $"{firstYear}..{lastYear} is not a range of years within {VietnameseLunarCalendar.MinYear}..{VietnameseLunarCalendar.MaxYear}.");
        if (province is not null && string.IsNullOrWhiteSpace(province))
            throw new ArgumentException("A province code cannot be empty.", nameof(province));

        var byYear = new CalendarSchedule?[lastYear - firstYear + 1];
        foreach (CalendarSchedule schedule in schedules)
        {
            ArgumentNullException.ThrowIfNull(schedule, nameof(schedules));
            if (schedule.Year < firstYear || schedule.Year > lastYear)
                continue;
            if (byYear[schedule.Year - firstYear] is not null)
                throw new ArgumentException($"Two schedules for {schedule.Year}.", nameof(schedules));
            byYear[schedule.Year - firstYear] = schedule;
        }
        var effective = new CalendarSchedule[byYear.Length];
        var computed = new bool[byYear.Length];
        for (int i = 0; i < byYear.Length; i++)
        {
            computed[i] = byYear[i] is null;
            effective[i] = byYear[i] ?? StatutoryHolidays.DefaultSchedule(firstYear + i, officeHours);
        }
        return new WorkingCalendar(officeHours, effective, computed, province);
    }

    /// <summary>A national calendar with standard office hours and computed schedules only.</summary>
    public static WorkingCalendar CreateDefault(int firstYear, int lastYear) =>
        Create(OfficeHours.Standard, [], firstYear, lastYear);

    /// <summary>Office hours (giờ hành chính) in force.</summary>
    public OfficeHours OfficeHours { get; }

    /// <summary>The province whose local entries apply, or null for the national calendar.</summary>
    public string? Province { get; }

    /// <summary>First covered day (1 January of the first year).</summary>
    public DateOnly FirstDay { get; }

    /// <summary>Last covered day (31 December of the last year).</summary>
    public DateOnly LastDay { get; }

    /// <summary>The schedule in force for each covered year, in order: loaded or computed.</summary>
    public IReadOnlyList<CalendarSchedule> Schedules => _schedules;

    /// <summary>The schedule in force for a covered year.</summary>
    public CalendarSchedule ScheduleFor(int year) => _schedules[ScheduleIndex(year)];

    /// <summary>A calendar like this one with one year's schedule replaced (a holiday-calendar
    /// change); pending deadlines are recomputed against the new calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The schedule's year is not covered.</exception>
    public WorkingCalendar WithSchedule(CalendarSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        int index = ScheduleIndex(schedule.Year);
        CalendarSchedule[] schedules = [.. _schedules];
        bool[] computed = [.. _computed];
        schedules[index] = schedule;
        computed[index] = false;
        return new WorkingCalendar(OfficeHours, schedules, computed, Province);
    }

    /// <summary>A calendar like this one with other office hours: loaded schedules are kept,
    /// computed ones are recomputed (compensation depends on the weekly rest days).</summary>
    public WorkingCalendar WithOfficeHours(OfficeHours officeHours)
    {
        ArgumentNullException.ThrowIfNull(officeHours);
        CalendarSchedule[] schedules = [.. _schedules];
        for (int i = 0; i < schedules.Length; i++)
        {
            if (_computed[i])
                schedules[i] = StatutoryHolidays.DefaultSchedule(schedules[i].Year, officeHours);
        }
        return new WorkingCalendar(officeHours, schedules, _computed, Province);
    }

    /// <summary>Whether the day is a working day (ngày làm việc).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is not covered.</exception>
    public bool IsWorkingDay(DateOnly day)
    {
        if (!_timeline.Covers(day))
            throw OutOfRange(nameof(day), day);
        return _timeline.IsWorking(day);
    }

    /// <summary>The first working day after the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day, or the answer, is not covered.</exception>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        if (!_timeline.Covers(day))
            throw OutOfRange(nameof(day), day);
        return WorkingDayOnOrAfter(day.AddDays(1), nameof(day), day);
    }

    /// <summary>
    /// Adds working time: only time inside office sessions of working days counts. A positive
    /// amount gives the earliest instant by which that much working time has passed (8 h from
    /// 07:00 is 17:00 the same day, not 07:00 the next); a negative amount counts back and gives
    /// the latest such instant; zero gives <paramref name="start"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The start or the result is not covered.</exception>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        long local = ToLocalTicks(start, nameof(start));
        if (workingTime == TimeSpan.Zero)
            return new DateTimeOffset(local, VietnamTime.Offset);
        long position = _timeline.Position(local);
        long result = 0;
        bool found = workingTime > TimeSpan.Zero
            ? workingTime.Ticks <= long.MaxValue - position && _timeline.TryEarliestAt(position + workingTime.Ticks, out result)
            : _timeline.TryLatestAt(position + workingTime.Ticks, out result);
        if (!found)
            throw new ArgumentOutOfRangeException(nameof(workingTime), workingTime,
                $"Adding {workingTime} of working time to {start:O} leaves the calendar's range {FirstDay:yyyy-MM-dd}..{LastDay:yyyy-MM-dd}.");
        return new DateTimeOffset(result, VietnamTime.Offset);
    }

    /// <summary>The working time from one instant to another: negative if <paramref name="to"/>
    /// is earlier.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An instant is not covered.</exception>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) =>
        TimeSpan.FromTicks(_timeline.Position(ToLocalTicks(to, nameof(to))) - _timeline.Position(ToLocalTicks(from, nameof(from))));

    private int ScheduleIndex(int year) =>
        year >= FirstDay.Year && year <= LastDay.Year
            ? year - FirstDay.Year
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"Outside the calendar's years {FirstDay.Year}..{LastDay.Year}.");

    private long ToLocalTicks(DateTimeOffset instant, string paramName)
    {
        long local = instant.UtcTicks + VietnamOffsetTicks;
        if (local < _timeline.FirstTick || local >= _timeline.EndTick)
            throw OutOfRange(paramName, instant);
        return local;
    }

    private DateOnly WorkingDayOnOrAfter(DateOnly day, string paramName, object actual)
    {
        if (!_timeline.Covers(day) || !_timeline.TryWorkingDayOnOrAfter(day, out DateOnly workingDay))
            throw new ArgumentOutOfRangeException(paramName, actual,
                $"No working day on or after {day:yyyy-MM-dd} within the calendar's range {FirstDay:yyyy-MM-dd}..{LastDay:yyyy-MM-dd}.");
        return workingDay;
    }

    private ArgumentOutOfRangeException OutOfRange(string paramName, object actual) =>
        new(paramName, actual, $"Outside the calendar's range {FirstDay:yyyy-MM-dd}..{LastDay:yyyy-MM-dd} (Vietnam time).");
}
