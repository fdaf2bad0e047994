using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;

namespace TthcFlow.Engine.Persistence;

/// <summary>Settings of the dossier rules that are configuration, not law.</summary>
public sealed record DossierOptions
{
    /// <summary>
    /// Sắp đến hạn: how much working time before its due instant a step counts as near due (24 h in
    /// one production system); a step allotted less is near due from the start.
    /// </summary>
    public TimeSpan NearDueWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Quá hạn: working time past a step's due instant after which the leader is told (one working day).</summary>
    public TimeSpan OverdueAfter { get; init; } = TimeSpan.FromHours(8);

    /// <summary>How long before the appointment a late dossier must be foreseen: one working day (DOMAIN.md §3).</summary>
    public TimeSpan ForeseeLateBefore { get; init; } = TimeSpan.FromHours(8);

    /// <summary>The apology letter's form (form numbers are configuration: Circular 01/2018 form 04, Circular 03/2025 form 04).</summary>
    public string ApologyForm { get; init; } = "Mẫu số 04 — Thông tư 03/2025/TT-VPCP";

    /// <summary>The suffix of an apology letter's number (số …/PXL).</summary>
    public string ApologyNumberSuffix { get; init; } = "PXL";
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

    /// <summary>The next value of a named gap-free sequence (e.g. an agency's apology numbers for a year).</summary>
    public long Next(string sequence) => allocator.Next(sequence);

    public DossierOptions Options => Environment.Options;

    /// <summary>The next dossier code of an agency (short e-ID) for today, Vietnam time.</summary>
    public string NextDossierCode(string agencyShortId) =>
        DossierCode.Format(agencyShortId, Now, allocator.Next(DossierCode.SequenceName(agencyShortId, Now)));
}
