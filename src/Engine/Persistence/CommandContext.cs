using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;

namespace TthcFlow.Engine.Persistence;

/// <summary>Settings of the dossier rules that are configuration, not law.</summary>
public sealed record DossierOptions
{
    /// <summary>Sắp đến hạn: how long before its due instant a step counts as near due (24 h in one production system).</summary>
    public TimeSpan NearDueWindow { get; init; } = TimeSpan.FromHours(24);
}

/// <summary>
/// What commands read besides the dossier: the workflow runtime, the organisation, the working
/// calendar and the options. Immutable singletons, shared by every batch.
/// </summary>
public sealed record DossierEnvironment(
    IProcedureRuntime Runtime, OrganisationModel Organisation, WorkingCalendar Calendar, DossierOptions Options);

/// <summary>Hands out ids and sequence numbers inside the current write transaction.</summary>
internal interface IBatchAllocator
{
    long NewId();

    /// <summary>The next value of a gap-free sequence; given back if the command is refused.</summary>
    long Next(string sequence);
}

/// <summary>
/// What one command sees while it is applied: the batch's instant, the environment, and the
/// allocators of the current transaction.
/// </summary>
internal sealed class CommandContext(DateTimeOffset now, DossierEnvironment environment, IBatchAllocator allocator)
{
    public DateTimeOffset Now { get; } = now;
    public DossierEnvironment Environment { get; } = environment;
    public IProcedureRuntime Runtime => Environment.Runtime;
    public OrganisationModel Organisation => Environment.Organisation;
    public WorkingCalendar Calendar => Environment.Calendar;

    public long NewId() => allocator.NewId();

    /// <summary>The next dossier code of an agency (short e-ID) for today, Vietnam time.</summary>
    public string NextDossierCode(string agencyShortId) =>
        DossierCode.Format(agencyShortId, Now, allocator.Next(DossierCode.SequenceName(agencyShortId, Now)));
}
