namespace TthcFlow.Definitions.Calendar;

/// <summary>
/// One year's schedule of days off and extra working days (lịch nghỉ lễ, Tết và làm bù), as
/// announced each year for civil servants, or as computed by <see cref="StatutoryHolidays"/>
/// when no announcement is loaded. Weekly rest days come from <see cref="OfficeHours"/>, not
/// from here. Immutable; edit by building a changed copy with <see cref="With"/>.
/// Stored as JSON in <c>workflows/calendars/&lt;year&gt;.json</c>; see <see cref="Parse(string)"/>.
/// </summary>
public sealed class CalendarSchedule
{
    /// <summary>Creates a schedule.</summary>
    /// <exception cref="ArgumentException">An entry lies outside the year, is unnamed, or a day
    /// is listed twice, or both off and worked, in the same scope.</exception>
    public CalendarSchedule(int year, IEnumerable<DayOff> daysOff, IEnumerable<ExtraWorkingDay> extraWorkingDays, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(daysOff);
        ArgumentNullException.ThrowIfNull(extraWorkingDays);
        DayOff[] off = [.. daysOff];
        ExtraWorkingDay[] worked = [.. extraWorkingDays];
        if (FindProblem(year, off, worked) is { } problem)
            throw new ArgumentException(problem.Message, problem.Collection);
        Year = year;
        DaysOff = off;
        ExtraWorkingDays = worked;
        Source = string.IsNullOrWhiteSpace(source) ? null : source;
    }

    /// <summary>The Gregorian year the schedule covers.</summary>
    public int Year { get; }

    /// <summary>Where the schedule comes from (the announcement's number, or "computed").</summary>
    public string? Source { get; }

    /// <summary>Days off on days that would otherwise be worked (weekly rest days may be listed too).</summary>
    public IReadOnlyList<DayOff> DaysOff { get; }

    /// <summary>Weekly rest days that are worked (làm bù).</summary>
    public IReadOnlyList<ExtraWorkingDay> ExtraWorkingDays { get; }

    /// <summary>Reads a schedule from its JSON text (schema in workflows/calendars/README.md).</summary>
    /// <exception cref="CalendarScheduleFormatException">The text is not a valid schedule; the
    /// exception names the JSON path of the fault.</exception>
    public static CalendarSchedule Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return CalendarScheduleJson.Read(json);
    }

    /// <summary>Reads a schedule from a UTF-8 JSON stream handed by the caller.</summary>
    /// <exception cref="CalendarScheduleFormatException">The content is not a valid schedule.</exception>
    public static CalendarSchedule Parse(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var reader = new StreamReader(utf8Json, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return CalendarScheduleJson.Read(reader.ReadToEnd());
    }

    /// <summary>The schedule as JSON text, in the form <see cref="Parse(string)"/> reads.</summary>
    public string ToJson() => CalendarScheduleJson.Write(this);

    /// <summary>A copy with some parts replaced (the ones passed as null are kept).</summary>
    public CalendarSchedule With(IEnumerable<DayOff>? daysOff = null, IEnumerable<ExtraWorkingDay>? extraWorkingDays = null, string? source = null) =>
        new(Year, daysOff ?? DaysOff, extraWorkingDays ?? ExtraWorkingDays, source ?? Source);

    /// <summary>Whether an entry with the given province scope applies in the province
    /// (null: the national schedule only).</summary>
    internal static bool Applies(string? entryProvince, string? province) =>
        entryProvince is null || entryProvince == province;

    internal sealed record Problem(string Collection, int Index, string Message);

    internal static Problem? FindProblem(int year, IReadOnlyList<DayOff> off, IReadOnlyList<ExtraWorkingDay> worked)
    {
        if (year is < 1 or > 9998)
            return new Problem("year", -1, $"Year {year} is out of range.");
        var offDays = new Dictionary<DateOnly, List<(string? Province, int Index)>>();
        for (int i = 0; i < off.Count; i++)
        {
            DayOff entry = off[i] ?? throw new ArgumentException($"daysOff[{i}] is null.", nameof(off));
            string? fault = NameFault(entry.NameVi, entry.NameEn, entry.Province)
                ?? (!Enum.IsDefined(entry.Kind) ? $"Unknown kind '{entry.Kind}'." : null)
                ?? (entry.To < entry.From ? $"The run ends ({entry.To:yyyy-MM-dd}) before it starts ({entry.From:yyyy-MM-dd})." : null)
                ?? (entry.From.Year != year || entry.To.Year != year ? $"{entry.From:yyyy-MM-dd}..{entry.To:yyyy-MM-dd} is not inside {year}." : null);
            if (fault is not null)
                return new Problem("daysOff", i, fault);
            foreach (DateOnly day in entry.Days())
            {
                if (!offDays.TryGetValue(day, out var scopes))
                    offDays[day] = scopes = [];
                foreach (var (province, index) in scopes)
                {
                    if (province == entry.Province)
                        return new Problem("daysOff", i, $"{day:yyyy-MM-dd} is already off in daysOff[{index}].");
                }
                scopes.Add((entry.Province, i));
            }
        }
        var workedDays = new HashSet<(DateOnly, string?)>();
        for (int i = 0; i < worked.Count; i++)
        {
            ExtraWorkingDay entry = worked[i] ?? throw new ArgumentException($"workingDays[{i}] is null.", nameof(worked));
            string? fault = NameFault(entry.NameVi, entry.NameEn, entry.Province)
                ?? (entry.Date.Year != year ? $"{entry.Date:yyyy-MM-dd} is not inside {year}." : null);
            if (fault is not null)
                return new Problem("workingDays", i, fault);
            if (!workedDays.Add((entry.Date, entry.Province)))
                return new Problem("workingDays", i, $"{entry.Date:yyyy-MM-dd} is listed twice.");
            foreach (var (province, index) in offDays.GetValueOrDefault(entry.Date) ?? [])
            {
                if (province is null || entry.Province is null || province == entry.Province)
                    return new Problem("workingDays", i, $"{entry.Date:yyyy-MM-dd} is also a day off (daysOff[{index}]).");
            }
        }
        return null;
    }

    private static string? NameFault(string nameVi, string nameEn, string? province) =>
        string.IsNullOrWhiteSpace(nameVi) ? "nameVi is empty."
        : string.IsNullOrWhiteSpace(nameEn) ? "nameEn is empty."
        : province is not null && string.IsNullOrWhiteSpace(province) ? "province is empty."
        : null;
}
