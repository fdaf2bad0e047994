using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers.Queries;

/// <summary>
/// Hộp công việc — an officer's inbox, read straight from the indexed tables (never through the
/// write path): the live steps of their unit in the roles they hold (not those assigned to someone
/// else), and, for one-stop officers, the dossiers their desk received, by list; filtered, searched,
/// paged, with a counter per list. The returned list reaches back <see cref="InboxQuery.ReturnedDays"/>
/// unless the officer searches or widens it (<see cref="InboxQuery.ReturnedSince"/>).
/// </summary>
public sealed class InboxQueries(IDbContextFactory<EngineDbContext> contexts, TimeProvider time, DossierOptions options)
{
    private static readonly InboxList[] DeskLists = [InboxList.WaitingForSupplement, InboxList.Refused, InboxList.Returned];

    public async Task<InboxPage> ListAsync(ActingOfficer officer, InboxQuery query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        int pageSize = Math.Clamp(query.PageSize, 1, InboxQuery.MaxPageSize), page = Math.Max(1, query.Page);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dossiers = await FilterAsync(db, db.Set<Dossier>().AsNoTracking(), query, cancellationToken);
        var returnedSince = query.ReturnedSince(now);
        var steps = from t in UnitSteps(db, officer) join d in dossiers on t.DossierId equals d.Id select new Step { T = t, D = d };
        var desk = officer.Holds(RoleCodes.OneStopOfficer) || officer.Holds(RoleCodes.DeskHead)
            ? dossiers.Where(d => d.ReceivingAgencyEId == officer.AgencyEId)
            : dossiers.Where(d => false);
        var counters = await CountAsync(steps, desk, returnedSince, officer, now, cancellationToken);
        // Each list's counter is counted under the same filters; only a due filter narrows a list further.
        Task<int> TotalAsync<T>(IQueryable<T> listed) => query.Due is null ? Task.FromResult(counters[query.List]) : listed.CountAsync(cancellationToken);

        if (DeskLists.Contains(query.List))
        {
            var listed = DueFilter(InDeskList(desk, query.List, returnedSince), query.Due, now, now + options.NearDueWindow);
            int total = await TotalAsync(listed);
            var rows = await InDeskOrder(listed, query.List).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
            var items = rows.Select(d => Item(d, null, now, options.NearDueWindow)).ToList();
            return new InboxPage(items, total, page, pageSize, counters, query.List == InboxList.Returned ? returnedSince : null);
        }
        var selected = DueFilter(InStepList(steps, query.List, officer, now), query.Due, now);
        int count = await TotalAsync(selected);
        // The page's step ids are chosen from the indexes alone (live steps, dossier status); only
        // those rows are then read whole, not every matching step's task and dossier rows.
        var pageIds = InStepOrder(selected).Skip((page - 1) * pageSize).Take(pageSize).Select(s => s.T.Id);
        var found = await InStepOrder(
                from t in db.Set<DossierTask>().AsNoTracking()
                join d in db.Set<Dossier>().AsNoTracking() on t.DossierId equals d.Id
                where pageIds.Contains(t.Id)
                select new Step { T = t, D = d })
            .ToListAsync(cancellationToken);
        return new InboxPage(found.Select(s => Item(s.D, s.T, now, options.NearDueWindow)).ToList(), count, page, pageSize, counters);
    }

    /// <summary>A live step joined with its dossier (member-initialised, so EF can translate filters on it).</summary>
    private sealed class Step
    {
        public required DossierTask T { get; init; }
        public required Dossier D { get; init; }
    }

    /// <summary>Step lists by due instant, steps without one last.</summary>
    private static IQueryable<Step> InStepOrder(IQueryable<Step> steps) =>
        steps.OrderBy(s => s.T.DueAt == null).ThenBy(s => s.T.DueAt).ThenBy(s => s.T.Id);

    private static IQueryable<DossierTask> UnitSteps(EngineDbContext db, ActingOfficer officer)
    {
        var roles = officer.Roles.ToArray();
        return db.Set<DossierTask>().AsNoTracking().Where(t =>
            t.AgencyEId == officer.AgencyEId && t.UnitCode == officer.UnitCode
            && (t.Status == OfficerTaskStatus.Open || t.Status == OfficerTaskStatus.Claimed)
            && roles.Contains(t.Role)
            && (t.AssignedTo == null || t.AssignedTo == officer.UserName));
    }

    private static IQueryable<Step> InStepList(IQueryable<Step> steps, InboxList list, ActingOfficer officer, DateTimeOffset now) => list switch
    {
        InboxList.AwaitingOnlineReceipt => steps.Where(s => s.T.StepType == ActivityTypeNames.Receipt && s.D.Status == NationalStatus.Registered),
        InboxList.NewlyReceived => steps.Where(s => s.D.Status == NationalStatus.Received),
        InboxList.InProcess => steps.Where(s => s.D.Status == NationalStatus.InProcess),
        InboxList.InterAgency => steps.Where(s => s.T.StepType == ActivityTypeNames.Transfer || s.T.ParentTaskId != null),
        InboxList.WaitingForFinancialObligation => steps.Where(s => s.D.Status == NationalStatus.WaitingForFinancialObligation),
        InboxList.NearDue => steps.Where(s => s.T.WarningAt <= now && s.T.DueAt > now),
        InboxList.Overdue => steps.Where(s => s.T.DueAt <= now),
        InboxList.WaitingToReturn => steps.Where(s => s.T.StepType == ActivityTypeNames.ReturnResult),
        InboxList.Mine => steps.Where(s => s.T.ReceivedBy == officer.UserName || s.T.AssignedTo == officer.UserName),
        _ => steps.Where(s => false),
    };

    private static IQueryable<Dossier> InDeskList(IQueryable<Dossier> desk, InboxList list, DateTimeOffset? returnedSince) => list switch
    {
        InboxList.WaitingForSupplement => desk.Where(d => d.Status == NationalStatus.WaitingForSupplement),
        InboxList.Refused => desk.Where(d => d.Status == NationalStatus.NotReceived),
        InboxList.Returned when returnedSince is { } since => desk.Where(d => d.Status == NationalStatus.Returned && d.ReturnedAt >= since),
        InboxList.Returned => desk.Where(d => d.Status == NationalStatus.Returned),
        _ => desk.Where(d => false),
    };

    /// <summary>The returned list by hand-back, latest first; the other desk lists by submission, latest first.</summary>
    private static IQueryable<Dossier> InDeskOrder(IQueryable<Dossier> listed, InboxList list) => list == InboxList.Returned
        ? listed.OrderByDescending(d => d.ReturnedAt).ThenByDescending(d => d.Id)
        : listed.OrderByDescending(d => d.SubmittedAt).ThenBy(d => d.Id);

    private static async Task<IReadOnlyDictionary<InboxList, int>> CountAsync(
        IQueryable<Step> steps, IQueryable<Dossier> desk, DateTimeOffset? returnedSince, ActingOfficer officer, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var me = officer.UserName;
        var flat = steps.Select(x => new { x.T.StepType, x.T.ParentTaskId, x.D.Status, x.T.WarningAt, x.T.DueAt, x.T.ReceivedBy, x.T.AssignedTo });
        var s = await flat.GroupBy(_ => 1).Select(g => new
        {
            Awaiting = g.Count(x => x.StepType == ActivityTypeNames.Receipt && x.Status == NationalStatus.Registered),
            New = g.Count(x => x.Status == NationalStatus.Received),
            InProcess = g.Count(x => x.Status == NationalStatus.InProcess),
            Transfers = g.Count(x => x.StepType == ActivityTypeNames.Transfer || x.ParentTaskId != null),
            Paying = g.Count(x => x.Status == NationalStatus.WaitingForFinancialObligation),
            NearDue = g.Count(x => x.WarningAt <= now && x.DueAt > now),
            Overdue = g.Count(x => x.DueAt <= now),
            Return = g.Count(x => x.StepType == ActivityTypeNames.ReturnResult),
            Mine = g.Count(x => x.ReceivedBy == me || x.AssignedTo == me),
        }).FirstOrDefaultAsync(cancellationToken);
        var d = await desk.Where(x => x.Status == NationalStatus.WaitingForSupplement || x.Status == NationalStatus.NotReceived)
            .GroupBy(x => x.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        // Counted as the list is read: the returned list's period is a range of its index.
        int returned = await InDeskList(desk, InboxList.Returned, returnedSince).CountAsync(cancellationToken);
        return new Dictionary<InboxList, int>
        {
            [InboxList.AwaitingOnlineReceipt] = s?.Awaiting ?? 0,
            [InboxList.NewlyReceived] = s?.New ?? 0,
            [InboxList.InProcess] = s?.InProcess ?? 0,
            [InboxList.InterAgency] = s?.Transfers ?? 0,
            [InboxList.WaitingForFinancialObligation] = s?.Paying ?? 0,
            [InboxList.NearDue] = s?.NearDue ?? 0,
            [InboxList.Overdue] = s?.Overdue ?? 0,
            [InboxList.WaitingToReturn] = s?.Return ?? 0,
            [InboxList.WaitingForSupplement] = d.GetValueOrDefault(NationalStatus.WaitingForSupplement),
            [InboxList.Refused] = d.GetValueOrDefault(NationalStatus.NotReceived),
            [InboxList.Returned] = returned,
            [InboxList.Mine] = s?.Mine ?? 0,
        };
    }

    private static async Task<IQueryable<Dossier>> FilterAsync(EngineDbContext db, IQueryable<Dossier> dossiers, InboxQuery q, CancellationToken cancellationToken)
    {
        if (q.DefinitionId is { } definition) dossiers = dossiers.Where(d => d.DefinitionId == definition);
        if (q.ProcedureCode is { } code) dossiers = dossiers.Where(d => d.ProcedureCode == code);
        if (q.Field is { } field) dossiers = dossiers.Where(d => d.Field == field);
        if (q.Channel is { } channel) dossiers = dossiers.Where(d => d.Channel == channel);
        if (q.From is { } from) dossiers = dossiers.Where(d => d.SubmittedAt >= from);
        if (q.To is { } to) dossiers = dossiers.Where(d => d.SubmittedAt < to);
        return q.Search?.Trim() is { Length: > 0 } search ? await dossiers.MatchingAsync(db, search, cancellationToken) : dossiers;
    }

    private static IQueryable<Step> DueFilter(IQueryable<Step> steps, DueState? due, DateTimeOffset now) => due switch
    {
        DueState.Overdue => steps.Where(s => s.T.DueAt <= now),
        DueState.NearDue => steps.Where(s => s.T.WarningAt <= now && s.T.DueAt > now),
        DueState.OnTime => steps.Where(s => s.T.DueAt == null || s.T.WarningAt > now),
        _ => steps,
    };

    private static IQueryable<Dossier> DueFilter(IQueryable<Dossier> dossiers, DueState? due, DateTimeOffset now, DateTimeOffset near) => due switch
    {
        DueState.Overdue => dossiers.Where(d => d.WorkingDueAt <= now),
        DueState.NearDue => dossiers.Where(d => d.WorkingDueAt > now && d.WorkingDueAt <= near),
        DueState.OnTime => dossiers.Where(d => d.WorkingDueAt == null || d.WorkingDueAt > near),
        _ => dossiers,
    };

    private static InboxItem Item(Dossier d, DossierTask? t, DateTimeOffset now, TimeSpan window) => new(
        d.Id, d.Code, d.ProcedureName, d.Field, d.Channel, d.ApplicantName, d.Status, d.SubmittedAt, d.AppointmentAt, d.WorkingDueAt,
        t?.Id, t?.Title, t?.Status, t?.ReceivedByName ?? t?.AssignedTo, t?.Outcomes ?? [], t?.DueAt,
        t is null ? StateOf(d.WorkingDueAt - window, d.WorkingDueAt, now) : StateOf(t.WarningAt, t.DueAt, now));

    internal static DueState StateOf(DateTimeOffset? warningAt, DateTimeOffset? dueAt, DateTimeOffset now) =>
        dueAt <= now ? DueState.Overdue : warningAt <= now ? DueState.NearDue : DueState.OnTime;
}
