using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Interconnection;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers.Queries;

/// <summary>Kết quả tại bước: how a hand-over went against its step's due instant.</summary>
public enum StepResult
{
    /// <summary>Trước hạn: finished on a working day before the due day.</summary>
    Early,

    /// <summary>Đúng hạn.</summary>
    OnTime,

    /// <summary>Quá hạn.</summary>
    Late,

    /// <summary>Still with the unit, not yet due.</summary>
    Pending,

    /// <summary>Still with the unit and past due.</summary>
    Overdue,

    /// <summary>Withdrawn by the procedure.</summary>
    Cancelled,
}

/// <summary>
/// One row of the tracking sheet (phiếu kiểm soát quá trình giải quyết hồ sơ): the unit, the
/// hand-over (giver and time) and the receipt (receiver and time), the planned due, the result at
/// that stage and the note. For liên thông: the officer a step is assigned to, the transfer a
/// step of a receiving unit's internal procedure belongs to (<paramref name="ParentTaskId"/>), and
/// the internal procedure a transfer started (<paramref name="ChildDefinitionId"/>).
/// </summary>
public sealed record TrackingRow(
    long TaskId, string? Title, string StepType, string AgencyEId, string UnitCode, string Role,
    string? GivenBy, DateTimeOffset GivenAt, string? ReceivedBy, DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, string? Outcome, StepResult Result, string? Note,
    string? AssignedTo = null, long? ParentTaskId = null, string? ChildDefinitionId = null);

/// <summary>
/// A dossier with everything the officer's detail view shows: documents, fees, supplement requests,
/// tracking sheet, its apologies (văn bản xin lỗi, owed or issued) and the per-unit time ledger
/// (each unit's working time used against its allotment, late units flagged).
/// </summary>
public sealed record DossierDetail(
    Dossier Dossier, IReadOnlyList<DossierDocument> Documents, IReadOnlyList<DossierFee> Fees,
    IReadOnlyList<SupplementRequest> Supplements, IReadOnlyList<TrackingRow> TrackingSheet)
{
    /// <summary>The dossier's apologies, oldest first.</summary>
    public IReadOnlyList<Apology> Apologies { get; init; } = [];

    /// <summary>The engine's clock when the detail was read (results and ledger are as of then; a simulated clock may run ahead).</summary>
    public DateTimeOffset AsOf { get; init; }

    /// <summary>Each unit's stay (<see cref="UnitTimeLedger"/>), in the order the units held the dossier.</summary>
    public IReadOnlyList<UnitStay> Ledger { get; init; } = [];

    /// <summary>Whether the officer may see it: their agency received it, decides it, or holds one of its steps.</summary>
    public bool VisibleTo(ActingOfficer officer) =>
        Dossier.ReceivingAgencyEId == officer.AgencyEId || Dossier.CompetentAgencyEId == officer.AgencyEId
        || TrackingSheet.Any(r => r.AgencyEId == officer.AgencyEId);
}

/// <summary>One line of the logbook (sổ theo dõi hồ sơ) of a receiving agency.</summary>
public sealed record LogbookLine(
    long DossierId, string Code, string? ProcedureName, string ApplicantName, string? AddressOrPhone, string CompetentAgencyEId,
    DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset? ReturnedAt, ResultDelivery ResultDelivery, NationalStatus Status);

/// <summary>What anyone holding the dossier code and the applicant's ID number may see: status and dates, no personal data.</summary>
public sealed record PublicStatus(string Code, string? ProcedureName, NationalStatus Status, DateTimeOffset SubmittedAt,
    DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset? WorkingDueAt, DateTimeOffset? FinishedAt, DateTimeOffset? ReturnedAt);

/// <summary>Reads dossiers for the detail view, the logbook and the public status look-up, straight from the tables.</summary>
/// <remarks>Without a <see cref="WorkingCalendar"/> (some tests) the detail carries no time ledger.</remarks>
public sealed class DossierQueries(IDbContextFactory<EngineDbContext> contexts, TimeProvider time, WorkingCalendar? calendar = null)
{
    public async Task<DossierDetail?> FindAsync(long dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dossier = await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        return dossier is null ? null : await DetailAsync(db, dossier, cancellationToken);
    }

    public async Task<DossierDetail?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dossier = await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, cancellationToken);
        return dossier is null ? null : await DetailAsync(db, dossier, cancellationToken);
    }

    /// <summary>Tra cứu hồ sơ: status and dates when the code and the applicant's ID number match, else null.</summary>
    public async Task<PublicStatus?> LookUpAsync(string code, string applicantIdNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Dossier>().AsNoTracking()
            .Where(d => d.Code == code && d.ApplicantIdNumber == applicantIdNumber)
            .Select(d => new PublicStatus(d.Code, d.ProcedureName, d.Status, d.SubmittedAt, d.ReceivedAt, d.AppointmentAt,
                d.WorkingDueAt, d.FinishedAt, d.ReturnedAt))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Sổ theo dõi hồ sơ: the dossiers an agency received in [from, to), in order of receipt.</summary>
    public async Task<IReadOnlyList<LogbookLine>> LogbookAsync(
        string receivingAgencyEId, DateTimeOffset from, DateTimeOffset to, int skip = 0, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Dossier>().AsNoTracking()
            .Where(d => d.ReceivingAgencyEId == receivingAgencyEId && d.ReceivedAt >= from && d.ReceivedAt < to)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 1000))
            .Select(d => new LogbookLine(d.Id, d.Code, d.ProcedureName, d.ApplicantName, d.ApplicantAddress ?? d.ApplicantPhone,
                d.CompetentAgencyEId, d.ReceivedAt, d.AppointmentAt, d.ReturnedAt, d.ResultDelivery, d.Status))
            .ToListAsync(cancellationToken);
    }

    private async Task<DossierDetail> DetailAsync(EngineDbContext db, Dossier dossier, CancellationToken cancellationToken)
    {
        var id = dossier.Id;
        var tasks = await db.Set<DossierTask>().AsNoTracking().Where(t => t.DossierId == id).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var documents = await db.Set<DossierDocument>().AsNoTracking().Where(x => x.DossierId == id).OrderBy(x => x.Id).ToListAsync(cancellationToken);
        var fees = await db.Set<DossierFee>().AsNoTracking().Where(x => x.DossierId == id).OrderBy(x => x.Id).ToListAsync(cancellationToken);
        var supplements = await db.Set<SupplementRequest>().AsNoTracking().Where(x => x.DossierId == id).OrderBy(x => x.Id).ToListAsync(cancellationToken);
        var apologies = await db.Set<Apology>().AsNoTracking().Where(x => x.DossierId == id).OrderBy(x => x.Id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var sheet = tasks.Select(t => new TrackingRow(
            t.Id, t.Title, t.StepType, t.AgencyEId, t.UnitCode, t.Role, t.GivenByName ?? t.GivenBy, t.OpenedAt,
            t.ReceivedByName ?? t.ReceivedBy, t.ReceivedAt, t.DueAt, t.CompletedAt, t.Outcome, ResultOf(t, now), t.Comment,
            t.AssignedTo, t.ParentTaskId, t.ChildDefinitionId)).ToList();
        return new DossierDetail(dossier with { Instance = [] }, documents, fees, supplements, sheet)
        {
            Apologies = apologies,
            AsOf = now,
            Ledger = calendar is null ? [] : UnitTimeLedger.Of(tasks, calendar, now),
        };
    }

    internal static StepResult ResultOf(DossierTask task, DateTimeOffset now)
    {
        if (task.Status == OfficerTaskStatus.Cancelled)
            return StepResult.Cancelled;
        if (task.CompletedAt is not { } done)
            return task.DueAt <= now ? StepResult.Overdue : StepResult.Pending;
        if (task.DueAt is not { } due)
            return StepResult.OnTime;
        if (done > due)
            return StepResult.Late;
        return done.DateInVietnam() < due.DateInVietnam() ? StepResult.Early : StepResult.OnTime;
    }
}
