using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Benchmarks.Calendar;

/// <summary>Reads workflows/calendars/*.json from the repository holding the benchmarks.</summary>
internal static class ShippedSchedules
{
    public static IReadOnlyList<CalendarSchedule> Load()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TthcFlow.sln")))
            {
                return [.. Directory.GetFiles(Path.Combine(folder.FullName, "workflows", "calendars"), "*.json")
                    .Order().Select(path => CalendarSchedule.Parse(File.ReadAllText(path)))];
            }
        }
        throw new InvalidOperationException($"No TthcFlow.sln above {AppContext.BaseDirectory}.");
    }
}
