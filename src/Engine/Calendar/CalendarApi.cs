using TthcFlow.Definitions.Calendar;
using TthcFlow.Engine.Hosting;

namespace TthcFlow.Engine.Calendar;

/// <summary>
/// Working-time arithmetic over HTTP (lịch làm việc): time between two instants, an instant plus
/// working hours, a procedure deadline, and a year's days off and make-up working days.
/// </summary>
public static class CalendarApi
{
    public static void MapCalendarApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/calendar").WithTags("Calendar");
        group.MapGet("/working-time", (string? from, string? to, HttpContext http, WorkingCalendar calendar) =>
        {
            if (!InstantQuery.TryParse(from, out var a)) return BadInstant(http, "from", from);
            if (!InstantQuery.TryParse(to, out var b)) return BadInstant(http, "to", to);
            return Guard(http, () =>
            {
                var span = calendar.WorkingTimeBetween(a, b);
                return Results.Ok(new
                {
                    From = a.ToVietnamTime(), To = b.ToVietnamTime(),
                    WorkingHours = Math.Round((decimal)span.TotalHours, 4),
                    WorkingDays = Math.Round((decimal)(span / calendar.OfficeHours.WorkingDayLength), 4),
                    WorkingTime = span.ToString(@"d\.hh\:mm", System.Globalization.CultureInfo.InvariantCulture),
                });
            });
        }).WithSummary("Thời gian làm việc giữa hai thời điểm / working time between two instants");

        group.MapGet("/add", (string? start, decimal? hours, HttpContext http, WorkingCalendar calendar) =>
        {
            if (!InstantQuery.TryParse(start, out var s)) return BadInstant(http, "start", start);
            if (hours is null or < 0 or > 100_000)
                return Problems.BadRequest(http, "hours", "Số giờ làm việc phải từ 0 đến 100000.", "hours must be between 0 and 100000.");
            return Guard(http, () => Results.Ok(new
            {
                Start = s.ToVietnamTime(), Hours = hours,
                Result = calendar.AddWorkingTime(s, TimeSpan.FromHours((double)hours.Value)),
            }));
        }).WithSummary("Cộng giờ làm việc / add working hours");

        group.MapGet("/due", (string? received, decimal? value, TimeLimitUnit? unit, HttpContext http, WorkingCalendar calendar) =>
        {
            if (!InstantQuery.TryParse(received, out var r)) return BadInstant(http, "received", received);
            if (unit is null)
                return Problems.BadRequest(http, "unit", "Thiếu đơn vị thời hạn (WorkingDays, WorkingHours, CalendarDays, SameDay).",
                    "unit is required (WorkingDays, WorkingHours, CalendarDays, SameDay).");
            if (unit != TimeLimitUnit.SameDay && value is null or < 0 or > 10_000)
                return Problems.BadRequest(http, "value", "Thời hạn phải từ 0 đến 10000.", "value must be between 0 and 10000.");
            return Guard(http, () =>
            {
                var limit = new TimeLimit(value ?? 0, unit.Value);
                return Results.Ok(new { Received = r.ToVietnamTime(), ClockStarts = calendar.StartOfWork(r), Limit = limit.ToString(), Due = calendar.Due(r, limit) });
            });
        }).WithSummary("Ngày hẹn trả theo thời hạn giải quyết / deadline from a legal time limit");

        group.MapGet("/years/{year:int}", (int year, HttpContext http, WorkingCalendar calendar) =>
        {
            if (year < calendar.FirstDay.Year || year > calendar.LastDay.Year)
                return Problems.NotFound(http, $"Lịch chỉ có từ {calendar.FirstDay.Year} đến {calendar.LastDay.Year}.",
                    $"The calendar covers {calendar.FirstDay.Year}–{calendar.LastDay.Year}.");
            var schedule = calendar.ScheduleFor(year);
            return Results.Ok(new
            {
                schedule.Year, schedule.Source,
                OfficeHours = calendar.OfficeHours.Sessions.Select(s => s.ToString()),
                CutOff = calendar.OfficeHours.CutOff,
                DaysOff = schedule.DaysOff,
                WorkingDays = schedule.ExtraWorkingDays,
            });
        }).WithSummary("Ngày nghỉ lễ và ngày làm bù của một năm / a year's days off and make-up working days");
    }

    private static IResult Guard(HttpContext http, Func<IResult> compute)
    {
        try
        {
            return compute();
        }
        catch (ArgumentOutOfRangeException)
        {
            return Problems.BadRequest(http, "instant",
                "Thời điểm nằm ngoài phạm vi của lịch làm việc.", "The instant is outside the years the working calendar covers.");
        }
    }

    private static IResult BadInstant(HttpContext http, string field, string? value) =>
        Problems.BadRequest(http, field,
            $"'{field}' không phải là thời điểm hợp lệ (ISO 8601, ví dụ 2026-02-13T16:30; không có múi giờ thì hiểu là giờ Việt Nam): '{value}'.",
            $"'{field}' is not a valid instant (ISO 8601, e.g. 2026-02-13T16:30; without an offset it is Vietnam time): '{value}'.");
}
