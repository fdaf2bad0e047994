using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Portal;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.LoadTest;

/// <summary>
/// Replays the province day by day on the engine's virtual clock: each office half-hour the clock
/// moves on, the scheduler fires every timer fallen due, and the commands planned for that
/// half-hour (filings, officers taking and finishing steps, citizens bringing supplements, heads
/// signing apologies) go through the write pipeline together, as concurrent API calls would.
/// At each day's close the inboxes are swept for steps the harness has not seen (opened by timers)
/// and for owed apologies.
/// </summary>
public sealed class ProvinceReplay
{
    private static readonly TimeSpan Slice = TimeSpan.FromMinutes(30);
    private readonly object _gate = new();
    private readonly PriorityQueue<PlannedCommand, DateTimeOffset> _plan = new();
    private readonly HashSet<long> _seenTasks = [], _sentBack = [], _apologies = [], _supplements = [];
    private readonly ProvinceHost _host;
    private readonly LoadOptions _options;
    private readonly CommitPipeline _pipeline;
    private readonly TimerScheduler _scheduler;
    private readonly VirtualClock _clock;
    private readonly WorkingCalendar _calendar;
    private readonly IDbContextFactory<EngineDbContext> _contexts;
    private readonly OfficerRoster _officers;
    private readonly OfficerBehaviour _behaviour;
    private readonly CitizenFilings _filings;
    private readonly ProcedureMix _mix;
    private readonly ArrivalProfile _arrivals;
    private readonly Random _random, _arrivalRandom;

    public ProvinceReplay(ProvinceHost host, LoadOptions options, ProcedureMix mix)
    {
        _host = host;
        _options = options;
        _pipeline = host.Get<CommitPipeline>();
        _scheduler = host.Get<TimerScheduler>();
        _clock = host.Get<EngineClock>().Virtual ?? throw new InvalidOperationException("The replay needs the simulated clock.");
        _calendar = host.Get<WorkingCalendar>();
        _contexts = host.Get<IDbContextFactory<EngineDbContext>>();
        var organisation = host.Get<TthcFlow.Definitions.Organisation.OrganisationModel>();
        _officers = new OfficerRoster(organisation);
        _random = new Random(options.Seed);
        _arrivalRandom = new Random(options.Seed + 2);
        _behaviour = new OfficerBehaviour(_calendar, _officers, _random);
        _filings = new CitizenFilings(organisation, _officers, options.Communes, options.Seed + 1);
        _mix = mix;
        _arrivals = new ArrivalProfile(_calendar, options.DossiersPerYear);
    }

    /// <summary>Told of each day as it ends, on the replay's own flow.</summary>
    public Action<DayFigures>? DayEnded { get; init; }

    public int Filed { get; private set; }
    public int Submitted { get; private set; }
    public long Commands { get; private set; }

    /// <summary>Commands refused for a reason a live province also sees (a step already closed by a timer, a dossier paused).</summary>
    public long ExpectedRefusals { get; private set; }

    /// <summary>Steps the engine could not carry out (<see cref="DomainErrorCode.ProcedureError"/>: e.g. a step it cannot place in any unit); their dossiers stay at that step.</summary>
    public long ProcedureErrors { get; private set; }
    public HashSet<string> ProcedureErrorMessages { get; } = [];

    /// <summary>Commands refused for any other reason: a harness or engine defect.</summary>
    public long Errors { get; private set; }
    public List<string> ErrorSamples { get; } = [];
    public List<DayFigures> Days { get; } = [];
    public Dictionary<string, int> FiledByProcedure { get; } = [];
    public int FiledElsewhere { get; private set; }

    /// <summary>
    /// Replays the days; when <paramref name="stop"/> is signalled (Ctrl+C) it ends after the day in
    /// progress, so the summary and invariants cover the days replayed (<see cref="Days"/>).
    /// </summary>
    public async Task RunAsync(IProgress<(int Day, int Days)>? progress, CancellationToken stop = default)
    {
        for (int i = 0; i < _options.Days; i++)
        {
            if (stop.IsCancellationRequested)
                break;
            var day = _options.FirstDay.AddDays(i);
            var started = Stopwatch.GetTimestamp();
            long commandsBefore = Commands, firedBefore = _scheduler.Statistics.Fired;
            int filed = PlanArrivals(day);
            double catchUp = 0;
            var morning = new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(7));
            for (var end = morning + Slice; end <= morning.AddHours(10); end += Slice)
                catchUp += await RunSliceAsync(end);
            await SweepAsync(day);
            var open = await OpenDossiersAsync();
            double wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var figures = new DayFigures(day, filed, (int)(Commands - commandsBefore), _scheduler.Statistics.Fired - firedBefore, open,
                wall, catchUp, Process.GetCurrentProcess().WorkingSet64 / 1048576.0, _options.Portal ? await PortalBacklogAsync() : 0);
            Days.Add(figures);
            DayEnded?.Invoke(figures);
            progress?.Report((i + 1, _options.Days));
        }
        var close = new DateTimeOffset(_options.FirstDay.AddDays(Days.Count).ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(7));
        _clock.AdvanceTo(close);
        await _scheduler.WhenCaughtUpAsync();
    }

    private int PlanArrivals(DateOnly day)
    {
        int count = _arrivals.Count(day, _arrivalRandom);
        for (int n = 0; n < count; n++)
        {
            var procedure = _mix.Pick(_arrivalRandom);
            var filing = _filings.File(procedure);
            FiledByProcedure[procedure.DefinitionId] = FiledByProcedure.GetValueOrDefault(procedure.DefinitionId) + 1;
            if (filing.CompetentAgencyEId is not null)
                FiledElsewhere++;
            _plan.Enqueue(new PlannedCommand(() => filing), _arrivals.Instant(day, _arrivalRandom));
        }
        Filed += count;
        return count;
    }

    /// <summary>
    /// Moves the clock to the slice's end and, while the scheduler fires the timers fallen due, hands
    /// the slice's commands to the write pipeline all at once, in planned order, as concurrent callers
    /// would: the pipeline applies commands in the order it receives them, so one dossier's commands
    /// keep their order (a claim and the finish after it may share a batch), and fires and commands
    /// share group commits. Returns how long the scheduler took to catch up (timer lateness).
    /// </summary>
    private async Task<double> RunSliceAsync(DateTimeOffset end)
    {
        _clock.AdvanceTo(end);
        var moved = Stopwatch.GetTimestamp();
        var caughtUp = _scheduler.WhenCaughtUpAsync().ContinueWith(_ => Stopwatch.GetElapsedTime(moved).TotalMilliseconds, TaskScheduler.Default);
        var due = new List<PlannedCommand>();
        lock (_gate)
            while (_plan.TryPeek(out _, out var at) && at <= end)
                due.Add(_plan.Dequeue());
        var sent = new List<(DossierCommand Command, Task<CommandResult> Result)>(due.Count);
        foreach (var planned in due)
        {
            var command = planned.Make();
            sent.Add((command, _pipeline.ExecuteAsync(command)));
        }
        foreach (var (command, result) in sent)
            Observe(command, await result);
        return await caughtUp;
    }

    private void Observe(DossierCommand command, CommandResult result)
    {
        lock (_gate)
        {
            Commands++;
            if (!result.Succeeded)
            {
                if (result.Error!.Code is DomainErrorCode.ProcedureError)
                {
                    ProcedureErrors++;
                    if (ProcedureErrorMessages.Count < 20)
                        ProcedureErrorMessages.Add(result.Error.Message);
                }
                else if (result.Error.Code is DomainErrorCode.Conflict or DomainErrorCode.InvalidState or DomainErrorCode.NotFound)
                {
                    ExpectedRefusals++;
                    // The officer tries again another day (e.g. the result cannot be returned before the apology
                    // is issued): the day's sweep plans a step it has not seen, and this one is forgotten.
                    if (command switch { CompleteTask c => c.TaskId, SendBackTask b => b.TaskId, _ => (long?)null } is { } task)
                        _seenTasks.Remove(task);
                }
                else
                {
                    Errors++;
                    if (ErrorSamples.Count < 20)
                        ErrorSamples.Add($"{command.GetType().Name}: {result.Error.Code}: {result.Error.Message}");
                }
                return;
            }
            if (command is SubmitDossier)
                Submitted++;
            if (command is SendBackTask)
                _sentBack.Add(result.Dossier!.Id);
            foreach (var task in result.Dossier!.ActiveTasks)
                PlanTask(result.Dossier.Id, task);
        }
    }

    private void PlanTask(long dossierId, TaskSummary task)
    {
        if (!_seenTasks.Add(task.Id))
            return;
        var (claimAt, doneAt) = _behaviour.Timing(task, _clock.Now);
        if (task.StepType != TthcFlow.Definitions.Activities.ActivityTypeNames.Receipt && task.Status == OfficerTaskStatus.Open)
            _plan.Enqueue(new PlannedCommand(() => _behaviour.Claim(task)), claimAt);
        _plan.Enqueue(new PlannedCommand(() =>
        {
            lock (_gate)
                return _behaviour.Finish(task, !_sentBack.Contains(dossierId));
        }), doneAt);
    }

    /// <summary>At the day's close: steps nobody planned (opened by timers), dossiers waiting for the citizen's supplement, owed apologies.</summary>
    private async Task SweepAsync(DateOnly day)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        var active = await db.Set<DossierTask>().AsNoTracking()
            .Where(t => t.Status == OfficerTaskStatus.Open || t.Status == OfficerTaskStatus.Claimed).ToListAsync();
        var waiting = await db.Set<Dossier>().AsNoTracking().Where(d => d.Status == NationalStatus.WaitingForSupplement)
            .Select(d => new { d.Id, d.ReceivingAgencyEId }).ToListAsync();
        var owed = await db.Set<Apology>().AsNoTracking().Where(a => a.Status == ApologyStatus.Owed).ToListAsync();
        var owedIds = owed.Select(a => a.DossierId).ToList();
        var reappointed = (await db.Set<Apology>().AsNoTracking().Where(a => owedIds.Contains(a.DossierId) && a.NewReturnAt != null)
            .Select(a => a.DossierId).ToListAsync()).ToHashSet();
        var dueAt = (await db.Set<Dossier>().AsNoTracking().Where(d => owedIds.Contains(d.Id)).Select(d => new { d.Id, d.WorkingDueAt }).ToListAsync())
            .ToDictionary(d => d.Id, d => d.WorkingDueAt);
        var nextMorning = new DateTimeOffset(_calendar.NextWorkingDay(day).ToDateTime(new TimeOnly(7, 30)), TimeSpan.FromHours(7));
        lock (_gate)
        {
            foreach (var t in active)
                PlanTask(t.DossierId, new TaskSummary(t.Id, t.Title, t.StepType, t.AgencyEId, t.UnitCode, t.Role, t.Status, t.Outcomes, t.AssignedTo, t.DueAt));
            foreach (var w in waiting.Where(w => _supplements.Add(w.Id)))
            {
                var officer = _officers.For(w.ReceivingAgencyEId, TthcFlow.Definitions.Organisation.RoleCodes.OneStopOfficer);
                var at = _calendar.AddWorkingTime(nextMorning, TimeSpan.FromHours(_random.Next(2, 24)));
                _plan.Enqueue(new PlannedCommand(() =>
                {
                    lock (_gate)
                        _supplements.Remove(w.Id);
                    return new RecordSupplement(w.Id, officer);
                }), at);
            }
            foreach (var a in owed.Where(a => _apologies.Add(a.Id)))
            {
                var signer = _officers.For(a.SignerAgencyEId, a.SignerRole, a.SignerUnitCode);
                var at = _calendar.AddWorkingTime(nextMorning, TimeSpan.FromMinutes(_random.Next(0, 480)));
                bool again = reappointed.Contains(a.DossierId);
                var due = dueAt.GetValueOrDefault(a.DossierId);
                _plan.Enqueue(new PlannedCommand(() => new IssueApology(a.DossierId, a.Id, signer,
                    "Khối lượng hồ sơ tăng đột biến, cán bộ thụ lý chưa kịp thẩm định", again ? null : _behaviour.NewReturnDate(_clock.Now, due),
                    "Báo cáo giải trình: đơn vị đã bố trí thêm cán bộ để xử lý hồ sơ tồn đọng.")), at);
            }
        }
    }

    private async Task<int> OpenDossiersAsync()
    {
        await using var db = await _contexts.CreateDbContextAsync();
        return await db.Set<Dossier>().CountAsync(d => d.Status != NationalStatus.Returned && d.Status != NationalStatus.NotReceived
            && d.Status != NationalStatus.Withdrawn && d.Status != NationalStatus.Stopped);
    }

    /// <summary>Status messages not yet acknowledged by the portal (nor dead-lettered): a dispatcher falling behind the province shows here.</summary>
    private async Task<int> PortalBacklogAsync()
    {
        await using var db = await _contexts.CreateDbContextAsync();
        return await db.Set<OutboxMessage>().Where(o => o.Kind == OutboxMessage.StatusSync).Where(PortalSyncRule.Pending).CountAsync();
    }

    private sealed record PlannedCommand(Func<DossierCommand> Make);
}
