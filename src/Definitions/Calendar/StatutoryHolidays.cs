namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// The default yearly schedule under Labour Code 2019 Art. 112 (Bộ luật Lao động 2019, Điều
/// 112), for years whose official schedule has not been loaded: Tết Dương lịch 1/1; Tết Âm
/// lịch 5 days (the last day of the lunar year and lunar days 1–4); Giỗ Tổ Hùng Vương 10/3
/// lunar; Ngày Chiến thắng 30/4; Ngày Quốc tế lao động 1/5; Quốc khánh 2/9 plus 1/9 or 3/9,
/// whichever gives the longer break (1/9 on a tie). A holiday on a weekly rest day, or on
/// another holiday, is compensated (nghỉ bù) on the next working day. Swapped days and
/// make-up Saturdays are decided by the Prime Minister each year and are not guessed.
/// </summary>
public static class StatutoryHolidays
{
    /// <summary>The <see cref="CalendarSchedule.Source"/> of computed schedules.</summary>
    public const string ComputedSource =
        "Tính theo Bộ luật Lao động 2019, Điều 112 (chưa có thông báo chính thức) — computed from Labour Code 2019 Art. 112; replace with the official announcement";

    private sealed record Holiday(DateOnly Date, string NameVi, string NameEn);

    /// <summary>The computed schedule of a year, with Saturday and Sunday as weekly rest days.</summary>
    public static CalendarSchedule DefaultSchedule(int year) => DefaultSchedule(year, OfficeHours.Standard);

    /// <summary>The computed schedule of a year for the given weekly rest days.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the lunar calendar's 1900..2199.</exception>
    public static CalendarSchedule DefaultSchedule(int year, OfficeHours officeHours)
    {
        ArgumentNullException.ThrowIfNull(officeHours);
        if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, "Outside the years the lunar calendar covers.");

        DateOnly tet = VietnameseLunarCalendar.LunarNewYear(year);
        var holidays = new List<Holiday> { new(new DateOnly(year, 1, 1), "Tết Dương lịch", "New Year's Day") };
        for (int i = -1; i <= 3; i++)
            holidays.Add(new(tet.AddDays(i), "Tết Nguyên đán", "Lunar New Year (Tết)"));
        holidays.Add(new(VietnameseLunarCalendar.HungKingsCommemoration(year),
            "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hung Kings' Commemoration Day (10th day of the 3rd lunar month)"));
        holidays.Add(new(new DateOnly(year, 4, 30), "Ngày Chiến thắng (30/4)", "Reunification Day (30 April)"));
        holidays.Add(new(new DateOnly(year, 5, 1), "Ngày Quốc tế lao động (1/5)", "International Labour Day (1 May)"));
        holidays.Add(new(new DateOnly(year, 9, 2), "Quốc khánh (2/9)", "National Day (2 September)"));
        holidays.Add(new(NationalDayAdjacentDay(year, officeHours), "Quốc khánh (ngày liền kề)", "National Day (adjacent day)"));
        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));

        var (daysOff, compensations) = Compensate(holidays, officeHours);
        var entries = Merge(daysOff, DayOffKind.Holiday).Concat(Merge(compensations, DayOffKind.Compensatory))
            .OrderBy(d => d.From);
        return new CalendarSchedule(year, entries, [], ComputedSource);
    }

    /// <summary>1/9 or 3/9: the day that makes the longer run of days off around 2/9.</summary>
    private static DateOnly NationalDayAdjacentDay(int year, OfficeHours officeHours)
    {
        var nationalDay = new DateOnly(year, 9, 2);
        DateOnly before = nationalDay.AddDays(-1), after = nationalDay.AddDays(1);
        return BreakLength(nationalDay, after, officeHours) > BreakLength(nationalDay, before, officeHours) ? after : before;
    }

    private static int BreakLength(DateOnly nationalDay, DateOnly adjacent, OfficeHours officeHours)
    {
        Holiday[] pair = [.. new[] { nationalDay, adjacent }.Order().Select(day => new Holiday(day, "", ""))];
        var (off, compensations) = Compensate(pair, officeHours);
        var days = off.Concat(compensations).Select(h => h.Date).ToHashSet();
        bool Off(DateOnly day) => days.Contains(day) || !officeHours.IsWeeklyWorkingDay(day.DayOfWeek);
        DateOnly first = nationalDay, last = nationalDay;
        while (Off(first.AddDays(-1)))
            first = first.AddDays(-1);
        while (Off(last.AddDays(1)))
            last = last.AddDays(1);
        return last.DayNumber - first.DayNumber + 1;
    }

    /// <summary>Holidays as days off, and one compensatory day (nghỉ bù) for each holiday on a
    /// weekly rest day or on another holiday: the first later day that is a weekly working day
    /// and not already off.</summary>
    private static (List<Holiday> DaysOff, List<Holiday> Compensations) Compensate(IReadOnlyList<Holiday> holidays, OfficeHours officeHours)
    {
        var taken = new HashSet<DateOnly>();
        var daysOff = new List<Holiday>();
        var owed = new List<Holiday>();
        foreach (Holiday holiday in holidays)
        {
            if (!taken.Add(holiday.Date))
            {
                owed.Add(holiday);
                continue;
            }
            daysOff.Add(holiday);
            if (!officeHours.IsWeeklyWorkingDay(holiday.Date.DayOfWeek))
                owed.Add(holiday);
        }
        var compensations = new List<Holiday>();
        foreach (Holiday holiday in owed)
        {
            DateOnly day = holiday.Date.AddDays(1);
            while (taken.Contains(day) || !officeHours.IsWeeklyWorkingDay(day.DayOfWeek))
                day = day.AddDays(1);
            taken.Add(day);
            compensations.Add(new(day, $"Nghỉ bù {holiday.NameVi}", $"Compensatory day off for {holiday.NameEn}"));
        }
        return (daysOff, compensations);
    }

    /// <summary>Runs of consecutive days with the same name become one entry.</summary>
    private static IEnumerable<DayOff> Merge(IEnumerable<Holiday> days, DayOffKind kind)
    {
        DayOff? run = null;
        foreach (Holiday day in days.OrderBy(d => d.Date))
        {
            if (run is not null && run.NameVi == day.NameVi && run.To.AddDays(1) == day.Date)
            {
                run = run with { To = day.Date };
                continue;
            }
            if (run is not null)
                yield return run;
            run = new DayOff(day.Date, kind, day.NameVi, day.NameEn);
        }
        if (run is not null)
            yield return run;
    }
}
