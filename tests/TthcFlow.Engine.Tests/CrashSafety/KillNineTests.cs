using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Organisation;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Hosting;
using TthcFlow.Engine.Tests.Storage;
using Xunit.Abstractions;

namespace TthcFlow.Engine.Tests.CrashSafety;

/// <summary>Where in the engine's work a round's SIGKILL lands.</summary>
public enum KillPoint
{
    /// <summary>While the officers' requests are in flight (the write pipeline busy).</summary>
    DuringWrites,

    /// <summary>After every request has been answered and nothing is under way.</summary>
    Idle,

    /// <summary>After a clock move of days, once the scheduler has begun firing the deadlines due on the way.</summary>
    DuringTimerBurst,
}

/// <summary>
/// Kill -9: the real engine, as a child process on its own store, under load from concurrent
/// officers over HTTP (filing, claiming, completing, moving the simulated clock so deadlines fire
/// and escalate), is killed with SIGKILL at a seeded random point of each round and restarted on the
/// same store, 20 times; after each kill and once more at the end the store is checked against the
/// clients' ledger (<see cref="StoreInvariants"/>). The seed is printed; set TTHCFLOW_CRASH_SEED to
/// replay a run's choices.
/// </summary>
public abstract class KillNineTests(StoreProvider provider, ITestOutputHelper output)
{
    private const int Rounds = 20, Workers = 4;
    // Generous: on a 2-core machine shared with the rest of the test run a start has taken over two minutes.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5), RoundTimeout = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly Lazy<IReadOnlyList<DemoOfficer>> Officers =
        new(() => DemoOfficers.Generate(ReferenceData.Load(new WorkflowsFolder(RepoPaths.Workflows)).Organisation));

    [StoreFact]
    public async Task The_engine_killed_20_times_under_load_loses_nothing_acknowledged_and_duplicates_nothing()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("TTHCFLOW_CRASH_SEED"), out int given) ? given : Random.Shared.Next();
        output.WriteLine($"seed {seed} (TTHCFLOW_CRASH_SEED={seed} replays the choices)");
        var random = new Random(seed);
        var wall = Stopwatch.StartNew();
        await using var store = await TestStore.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("tthcflow-crash-");
        var ledger = new Ledger();
        var invariants = new StoreInvariants(store.ContextOptions());
        var kills = Enum.GetValues<KillPoint>().ToDictionary(p => p, _ => 0);
        int midBurst = 0;
        var clock = Monday;
        try
        {
            for (int round = 1; round <= Rounds; round++)
            {
                var point = (KillPoint)random.Next(3);
                var began = wall.Elapsed;
                clock = await RoundAsync(store, folder.FullName, clock, round, point, random, ledger, burstCaught => midBurst += burstCaught ? 1 : 0);
                kills[point]++;
                var checking = wall.Elapsed;
                AssertHolds(await invariants.CheckAsync(ledger.Entries), $"after kill {round} ({point}), seed {seed}");
                output.WriteLine($"round {round} {point}: {(checking - began).TotalSeconds:F1} s up and loaded, {(wall.Elapsed - checking).TotalSeconds:F1} s checked; "
                    + $"{ledger.Acknowledged} acknowledged so far, clock {clock:O}");
            }

            // A last start: the clock moved on is answered once everything due has fired, so nothing due may be left.
            await using (var engine = await EngineProcess.StartAsync(store.ConnectionString, clock, folder.FullName, StartTimeout))
            {
                var clients = new LoadClients(engine.Address, Officers.Value, ledger, Rounds + 1, random, clock);
                Assert.True(await clients.AdvanceClockAsync(clock + TimeSpan.FromMinutes(1)), "the last clock move was not answered");
                clock = clients.ClockTarget;
                clients.Close();
            }
            AssertHolds(await invariants.CheckAsync(ledger.Entries, firedThrough: clock), $"at the end, seed {seed}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        var fates = ledger.Entries.GroupBy(e => e.Fate).ToDictionary(g => g.Key, g => g.Count());
        await using var db = new EngineDbContext(store.ContextOptions());
        output.WriteLine($"{provider}: {Rounds} rounds, {Rounds} kills ({string.Join(", ", kills.Select(k => $"{k.Key} {k.Value}"))}; "
            + $"{midBurst} while the clock move was unanswered), {ledger.Entries.Count} change requests "
            + $"({string.Join(", ", fates.Select(f => $"{f.Key} {f.Value}"))}), {await db.Set<Dossier>().CountAsync()} dossiers, "
            + $"{invariants.Checked} invariant checks, clock {clock:O}, wall time {wall.Elapsed.TotalSeconds:F1} s");
        output.WriteLine("refused: " + string.Join(", ", ledger.Entries.Where(e => e.Fate == RequestFate.Refused)
            .GroupBy(e => $"{e.Kind} {e.Status} {e.Problem}").Select(g => $"{g.Key} ×{g.Count()}")));
        Assert.True(fates.GetValueOrDefault(RequestFate.Unknown) > 0, "no request was cut off by a kill: the kills did not land during writes");
    }

    /// <summary>One round: start on the store, offer the open steps, run the load, kill at the chosen point; returns the clock to start the next from.</summary>
    private async Task<DateTimeOffset> RoundAsync(
        TestStore store, string folder, DateTimeOffset clock, int round, KillPoint point, Random random, Ledger ledger, Action<bool> burst)
    {
        // A step refused for its state (e.g. the return held back until the apology owed is issued) stays so; it is not offered again.
        var held = ledger.Entries.Where(e => e is { Fate: RequestFate.Refused, Status: 409 }).Select(e => e.TaskId).ToHashSet();
        var steps = (await OpenStepsAsync(store)).Where(s => !held.Contains(s.TaskId)).ToList();
        var engine = await EngineProcess.StartAsync(store.ConnectionString, clock, folder, StartTimeout);
        var clients = new LoadClients(engine.Address, Officers.Value, ledger, round, new Random(random.Next()), clock);
        using var stop = new CancellationTokenSource();
        using var timeout = new CancellationTokenSource(RoundTimeout);
        try
        {
            clients.Offer(steps);
            var load = clients.RunAsync(Workers, stop.Token);
            await ledger.WhenAcknowledgedAsync(ledger.Acknowledged + random.Next(8, 36), load, timeout.Token);
            var advance = Task.FromResult(true);
            if (point == KillPoint.Idle)
            {
                await stop.CancelAsync();
                await load;
            }
            else if (point == KillPoint.DuringTimerBurst)
            {
                long before = await clients.TimersFiredAsync();
                advance = clients.AdvanceClockAsync(clients.ClockTarget + TimeSpan.FromHours(random.Next(8, 72)));
                while (!advance.IsCompleted && await clients.TimersFiredAsync() <= before)
                    await Task.WhenAny(advance, Task.Delay(5, timeout.Token));
                burst(!advance.IsCompleted);
            }
            await engine.KillAsync();
            output.WriteLine($"round {round}: healthy {engine.StartedIn.TotalSeconds:F1} s after start, killed at {ledger.Acknowledged} acknowledged");
            await stop.CancelAsync();
            await Task.WhenAll(load, advance).WaitAsync(timeout.Token);
            return clients.ClockTarget;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"round {round} ({point}) failed; the engine said:\n{engine.LastLines()}", e);
        }
        finally
        {
            await engine.DisposeAsync();
            clients.Close();
        }
    }

    /// <summary>The live steps in the store: what the officers have to do after a restart.</summary>
    private static async Task<List<OpenStep>> OpenStepsAsync(TestStore store)
    {
        await using var db = new EngineDbContext(store.ContextOptions());
        if (!(await db.Database.GetAppliedMigrationsAsync()).Any())
            return [];
        var tasks = await db.Set<DossierTask>().AsNoTracking()
            .Where(t => t.Status == OfficerTaskStatus.Open || t.Status == OfficerTaskStatus.Claimed).ToListAsync();
        return tasks.Select(t => new OpenStep(t.DossierId, t.Id, t.AgencyEId, t.UnitCode, t.Role, t.Status == OfficerTaskStatus.Claimed, t.Outcomes[0])).ToList();
    }

    private void AssertHolds(IReadOnlyList<string> problems, string when)
    {
        foreach (var problem in problems.Take(20))
            output.WriteLine(problem);
        Assert.True(problems.Count == 0, $"{problems.Count} invariants broken {when}:\n{string.Join('\n', problems.Take(20))}");
    }

    public sealed class OnSqlite(ITestOutputHelper output) : KillNineTests(StoreProvider.Sqlite, output);

    public sealed class OnPostgreSql(ITestOutputHelper output) : KillNineTests(StoreProvider.PostgreSql, output), IOnPostgreSql;
}
