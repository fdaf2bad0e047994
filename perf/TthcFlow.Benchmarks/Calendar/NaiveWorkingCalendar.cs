using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Benchmarks.Calendar;

/// <summary>
/// The naive reference measured beside the real calendar (the same algorithm the calendar's
/// property tests use): day status by scanning schedule entries, working time minute by minute.
/// Instants must fall on whole minutes. Not thread-safe (it caches the current day).
/// </summary>
internal sealed class NaiveWorkingCalendar(OfficeHours officeHours, IReadOnlyList<CalendarSchedule> schedules)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private DateOnly _cachedDay;
    private bool _cachedStatus;

    public bool IsWorkingDay(DateOnly day)
    {
        bool worked = schedules.Any(s => s.ExtraWorkingDays.Any(w => w.Date == day && w.Province is null));
        bool off = schedules.Any(s => s.DaysOff.Any(d => d.From <= day && day <= d.To && d.Province is null));
        return worked || (!off && !officeHours.WeeklyRestDays.Contains(day.DayOfWeek));
    }

    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
            return -WorkingTimeBetween(to, from);
        int minutes = 0;
        for (DateTime t = Local(from); t < Local(to); t += Minute)
            minutes += IsWorkingMinute(t) ? 1 : 0;
        return TimeSpan.FromMinutes(minutes);
    }

    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        DateTime t = Local(start);
        for (int remaining = (int)workingTime.TotalMinutes; remaining > 0; t += Minute)
            remaining -= IsWorkingMinute(t) ? 1 : 0;
        return new DateTimeOffset(t, VietnamTime.Offset);
    }

    public DateTimeOffset Due(DateTimeOffset received, TimeLimit limit)
    {
        DateTime t = Local(received);
        while (!IsWorkingMinute(t))
            t += Minute;
        var start = new DateTimeOffset(t, VietnamTime.Offset);
        switch (limit.Unit)
        {
            case TimeLimitUnit.WorkingDays:
                return AddWorkingTime(start, officeHours.WorkingDayLength * (double)limit.Value);
            case TimeLimitUnit.WorkingHours:
                return AddWorkingTime(start, TimeSpan.FromHours((double)limit.Value));
            case TimeLimitUnit.CalendarDays:
                DateOnly last = DateOnly.FromDateTime(Local(received)).AddDays((int)limit.Value);
                while (!IsWorkingDay(last))
                    last = last.AddDays(1);
                return VietnamTime.At(last, officeHours.ClosesAt);
            default:
                DateOnly day = DateOnly.FromDateTime(t);
                if (TimeOnly.FromDateTime(t) >= officeHours.CutOff)
                {
                    do day = day.AddDays(1);
                    while (!IsWorkingDay(day));
                }
                return VietnamTime.At(day, officeHours.ClosesAt);
        }
    }

    private bool IsWorkingMinute(DateTime local)
    {
        var day = DateOnly.FromDateTime(local);
        if (day != _cachedDay)
        {
            _cachedDay = day;
            _cachedStatus = IsWorkingDay(day);
        }
        if (!_cachedStatus)
            return false;
        var time = TimeOnly.FromDateTime(local);
        for (int i = 0; i < officeHours.Sessions.Count; i++)
        {
            if (officeHours.Sessions[i].Start <= time && time < officeHours.Sessions[i].End)
                return true;
        }
        return false;
    }

    private static DateTime Local(DateTimeOffset instant) => instant.ToOffset(VietnamTime.Offset).DateTime;
}
