using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Definitions.Tests.Calendar;

/// <summary>
/// The reference the real calendar is checked against: day status by scanning the schedule
/// entries day by day, working time by stepping minute by minute. Slow and obviously right.
/// Instants must fall on whole minutes.
/// </summary>
internal sealed class NaiveWorkingCalendar(OfficeHours officeHours, IReadOnlyList<CalendarSchedule> schedules, string? province = null)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private DateOnly _cachedDay;
    private bool _cachedStatus;

    public bool IsWorkingDay(DateOnly day)
    {
        bool Applies(string? entryProvince) => entryProvince is null || entryProvince == province;
        bool worked = schedules.Any(s => s.ExtraWorkingDays.Any(w => w.Date == day && Applies(w.Province)));
        bool off = schedules.Any(s => s.DaysOff.Any(d => d.From <= day && day <= d.To && Applies(d.Province)));
        return worked || (!off && !officeHours.WeeklyRestDays.Contains(day.DayOfWeek));
    }

    /// <summary>Whether the minute starting at the local time is office time of a working day.</summary>
    public bool IsWorkingMinute(DateTime local)
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
        int remaining = (int)Math.Abs(workingTime.TotalMinutes);
        while (remaining > 0)
        {
            if (workingTime > TimeSpan.Zero)
            {
                remaining -= IsWorkingMinute(t) ? 1 : 0;
                t += Minute;
            }
            else
            {
                t -= Minute;
                remaining -= IsWorkingMinute(t) ? 1 : 0;
            }
        }
        return new DateTimeOffset(t, VietnamTime.Offset);
    }

    public DateTimeOffset StartOfWork(DateTimeOffset receivedAt)
    {
        DateTime t = Local(receivedAt);
        while (!IsWorkingMinute(t))
            t += Minute;
        return new DateTimeOffset(t, VietnamTime.Offset);
    }

    public DateTimeOffset Due(DateTimeOffset received, TimeLimit limit)
    {
        switch (limit.Unit)
        {
            case TimeLimitUnit.WorkingDays:
                return AddWorkingTime(StartOfWork(received), TimeSpan.FromHours((double)limit.Value * 8));
            case TimeLimitUnit.WorkingHours:
                return AddWorkingTime(StartOfWork(received), TimeSpan.FromHours((double)limit.Value));
            case TimeLimitUnit.CalendarDays:
                DateOnly last = DateOnly.FromDateTime(Local(received)).AddDays((int)limit.Value);
                while (!IsWorkingDay(last))
                    last = last.AddDays(1);
                return VietnamTime.At(last, officeHours.ClosesAt);
            default:
                DateTimeOffset start = StartOfWork(received);
                DateOnly day = DateOnly.FromDateTime(start.DateTime);
                if (TimeOnly.FromDateTime(start.DateTime) >= officeHours.CutOff)
                {
                    do day = day.AddDays(1);
                    while (!IsWorkingDay(day));
                }
                return VietnamTime.At(day, officeHours.ClosesAt);
        }
    }

    private static DateTime Local(DateTimeOffset instant) => instant.ToOffset(VietnamTime.Offset).DateTime;
}
