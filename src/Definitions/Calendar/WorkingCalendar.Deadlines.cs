namespace TthcFlow.Definitions.Calendar;

public sealed partial class WorkingCalendar
{
    /// <summary>
    /// When the clock starts for a dossier received at an instant (thời điểm bắt đầu tính thời
    /// hạn): inside an office session, the instant itself; during the lunch break, when the
    /// afternoon session opens (13:30); before opening, at opening (07:00); after closing
    /// (17:00) or on a day off, at the opening of the next working day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant, or the answer, is not covered.</exception>
    public DateTimeOffset StartOfWork(DateTimeOffset receivedAt)
    {
        long local = ToLocalTicks(receivedAt, nameof(receivedAt));
        if (!_timeline.TryLatestAt(_timeline.Position(local), out long start))
            throw new ArgumentOutOfRangeException(nameof(receivedAt), receivedAt,
                $"No working time after {receivedAt:O} within the calendar's range {FirstDay:yyyy-MM-dd}..{LastDay:yyyy-MM-dd}.");
        return new DateTimeOffset(start, VietnamTime.Offset);
    }

    /// <summary>
    /// The due instant (hạn giải quyết, ngày hẹn trả) of a limit for a dossier received at an instant:
    /// <list type="bullet">
    /// <item><see cref="TimeLimitUnit.WorkingDays"/>: value × one working day's office time
    /// (8 h by default) added from <see cref="StartOfWork"/>;</item>
    /// <item><see cref="TimeLimitUnit.WorkingHours"/>: value hours added from <see cref="StartOfWork"/>;</item>
    /// <item><see cref="TimeLimitUnit.CalendarDays"/>: the receipt date plus value days (the day
    /// of receipt is not counted); a last day that is not a working day moves to the next
    /// working day; due when office hours close that day;</item>
    /// <item><see cref="TimeLimitUnit.SameDay"/>: clock started before the cut-off (15:00) → when
    /// office hours close that day; at or after it → when they close the next working day.</item>
    /// </list>
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The receipt or the due instant is not covered.</exception>
    public DateTimeOffset Due(DateTimeOffset received, TimeLimit limit)
    {
        switch (limit.Unit)
        {
            case TimeLimitUnit.WorkingDays:
                return AddWorkingTime(StartOfWork(received), Scale(limit, _timeline.DayLength));
            case TimeLimitUnit.WorkingHours:
                return AddWorkingTime(StartOfWork(received), Scale(limit, TimeSpan.TicksPerHour));
            case TimeLimitUnit.CalendarDays:
            {
                long local = ToLocalTicks(received, nameof(received));
                int lastDayNumber = (int)(local / TimeSpan.TicksPerDay) + (int)Math.Min(limit.Value, int.MaxValue / 2);
                if (lastDayNumber > LastDay.DayNumber)
                    throw new ArgumentOutOfRangeException(nameof(limit), limit, $"Counting {limit} from {received:O} leaves the calendar's range.");
                return CloseOf(WorkingDayOnOrAfter(DateOnly.FromDayNumber(lastDayNumber), nameof(limit), limit));
            }
            case TimeLimitUnit.SameDay:
            {
                DateTimeOffset start = StartOfWork(received);
                var day = DateOnly.FromDateTime(start.DateTime);
                return TimeOnly.FromDateTime(start.DateTime) < OfficeHours.CutOff
                    ? CloseOf(day)
                    : CloseOf(NextWorkingDay(day));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(limit), limit, "Unknown time-limit unit.");
        }
    }

    private DateTimeOffset CloseOf(DateOnly workingDay) => VietnamTime.At(workingDay, OfficeHours.ClosesAt);

    private TimeSpan Scale(TimeLimit limit, long ticksPerUnit)
    {
        decimal ticks = decimal.Round(limit.Value * ticksPerUnit);
        long coveredWorkingTicks = (long)(LastDay.DayNumber - FirstDay.DayNumber + 1) * _timeline.DayLength;
        if (ticks > coveredWorkingTicks)
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"{limit} is longer than the calendar's range.");
        return TimeSpan.FromTicks((long)ticks);
    }
}
