using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Validation;
using TthcFlow.Engine.Definitions;

namespace TthcFlow.Engine.Hosting;

/// <summary>
/// What the engine reads from the workflows folder at start-up, besides procedures: the working
/// calendar (from <c>calendars/*.json</c>) and the organisation (from <c>organisation/*.json</c>:
/// exactly one file). Loaded once, immutable, shared.
/// </summary>
public sealed record ReferenceData(WorkingCalendar Calendar, OrganisationModel Organisation)
{
    /// <summary>Reads and validates definitions against this organisation's roles and agencies.</summary>
    public DefinitionChecker Checker { get; } = new(ValidationContext.For(Organisation));

    /// <summary>Years the working calendar covers; years without a file get the statutory defaults.</summary>
    public const int FirstYear = 2020, LastYear = 2040;

    public static ReferenceData Load(WorkflowsFolder folder)
    {
        var schedules = Directory.Exists(folder.Calendars)
            ? Directory.EnumerateFiles(folder.Calendars, "*.json").Order()
                .Select(f => ParseSchedule(f)).ToList()
            : [];
        var organisation = LoadOrganisation(folder);
        var calendar = WorkingCalendar.Create(OfficeHours.Standard, schedules, FirstYear, LastYear, organisation.Province.Code);
        return new ReferenceData(calendar, organisation);
    }

    private static OrganisationModel LoadOrganisation(WorkflowsFolder folder)
    {
        var files = Directory.Exists(folder.Organisation) ? Directory.GetFiles(folder.Organisation, "*.json") : [];
        if (files.Length != 1)
            throw new InvalidDataException($"Expected exactly one organisation file in {folder.Organisation}, found {files.Length}.");
        try
        {
            return OrganisationModel.Parse(File.ReadAllText(files[0]));
        }
        catch (OrganisationFormatException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(files[0])}: {e.Message}", e);
        }
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
        services.AddSingleton(sp => sp.GetRequiredService<ReferenceData>().Organisation);
        services.AddSingleton(sp => sp.GetRequiredService<ReferenceData>().Checker);
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<ProcedureSeeder>();
        return services;
    }
}
