using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Definitions.Tests.Calendar;

/// <summary>The shipped yearly schedules (workflows/calendars/*.json) and calendars built from them.</summary>
internal static class CalendarTestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<IReadOnlyList<CalendarSchedule>> Files = new(LoadShippedSchedules);
    private static readonly Lazy<WorkingCalendar> Shipped = new(() =>
        WorkingCalendar.Create(OfficeHours.Standard, ShippedSchedules, 2024, 2028));

    /// <summary>The folder holding TthcFlow.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string CalendarsFolder => Path.Combine(RepositoryRoot, "workflows", "calendars");

    public static IReadOnlyList<CalendarSchedule> ShippedSchedules => Files.Value;

    /// <summary>Standard office hours, the shipped files, years 2024..2028 (2024 and 2028 computed).</summary>
    public static WorkingCalendar ShippedCalendar => Shipped.Value;

    public static CalendarSchedule Load(int year) =>
        CalendarSchedule.Parse(File.ReadAllText(Path.Combine(CalendarsFolder, $"{year}.json")));

    /// <summary>An instant in Vietnam time.</summary>
    public static DateTimeOffset Vn(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, VietnamTime.Offset);

    private static IReadOnlyList<CalendarSchedule> LoadShippedSchedules() =>
        [.. Directory.GetFiles(CalendarsFolder, "*.json").Order().Select(path => CalendarSchedule.Parse(File.ReadAllText(path)))];

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TthcFlow.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No TthcFlow.sln above {AppContext.BaseDirectory}.");
    }
}
