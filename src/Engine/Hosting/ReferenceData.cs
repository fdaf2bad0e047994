using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Engine.Hosting;

/// <summary>
/// What the engine reads from the workflows folder at start-up, besides procedures: the working
/// calendar (from <c>calendars/*.json</c>). Loaded once, immutable, shared.
/// </summary>
public sealed record ReferenceData(WorkingCalendar Calendar)
{
    /// <summary>Years the working calendar covers; years without a file get the statutory defaults.</summary>
    public const int FirstYear = 2020, LastYear = 2040;

    public static ReferenceData Load(WorkflowsFolder folder)
    {
        var schedules = Directory.Exists(folder.Calendars)
            ? Directory.EnumerateFiles(folder.Calendars, "*.json").Order()
                .Select(f => ParseSchedule(f)).ToList()
            : [];
        var calendar = WorkingCalendar.Create(OfficeHours.Standard, schedules, FirstYear, LastYear);
        return new ReferenceData(calendar);
    }

    private static CalendarSchedule ParseSchedule(string file)
    {
        try
        {
            return CalendarSchedule.Parse(File.ReadAllText(file));
        }
        catch (CalendarScheduleFormatException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(file)}: {e.Message}", e);
        }
    }
}

/// <summary>Registers the reference data and the endpoints that serve it.</summary>
public static class ReferenceDataRegistration
{
    public static IServiceCollection AddReferenceData(this IServiceCollection services)
    {
        services.AddSingleton(sp => ReferenceData.Load(sp.GetRequiredService<WorkflowsFolder>()));
        services.AddSingleton(sp => sp.GetRequiredService<ReferenceData>().Calendar);
        return services;
    }
}
