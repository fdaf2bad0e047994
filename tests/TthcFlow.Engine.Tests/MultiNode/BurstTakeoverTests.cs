using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Api;
using TthcFlow.Engine.Tests.Storage;
using Xunit.Abstractions;

namespace TthcFlow.Engine.Tests.MultiNode;

/// <summary>
/// The scale-out promise: two engine nodes share a PostgreSQL database holding a burst of due
/// timers (100,000 by default; <c>TTHCFLOW_MULTINODE_TIMERS</c> changes it) — one per dossier, the
/// check one working day before the appointment (dự báo trễ hạn), whose effect is an audit record
/// and a portal message. One node dies mid-burst holding claimed rows it never fired or never
/// completed; after its lease expires the survivor takes them over. Every dossier is checked
/// exactly once and the timers table ends empty.
/// </summary>
[Collection(BurstCollection.Name)]
public sealed class BurstTakeoverTests(ITestOutputHelper output) : IDisposable, IOnPostgreSql
{
    private const long CloneBase = 1_000_000_000_000;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly EngineNodes _nodes = PostgreSqlServer.ConnectionString is null ? null! : new EngineNodes();

    public void Dispose() => _nodes?.Dispose();

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("TTHCFLOW_MULTINODE_TIMERS"), out int n) && n > 0 ? n : 100_000;

    [StoreFact]
    public async Task A_node_killed_mid_burst_leaves_its_claimed_timers_to_the_survivor_and_each_fires_once_in_effect()
    {
        int count = Count;
        var (template, version) = await FileTemplateAsync();
        var due = _nodes.Clock.GetUtcNow().AddMinutes(1);
        var watch = Stopwatch.StartNew();
        await CloneAsync(template, count, due);
        output.WriteLine($"{count:N0} dossiers and timers written in {watch.Elapsed.TotalSeconds:F1} s");

        var kill = new NodeKill(afterClaimed: count / 10);
        var doomed = _nodes.Node("node-a", Lease, s =>
        {
            s.AddSingleton(sp => kill.Claims(new LeasedTimerClaims(
                sp.GetRequiredService<IDbContextFactory<EngineDbContext>>(), sp.GetRequiredService<NodeOptions>(), sp.GetRequiredService<TimeProvider>())));
            s.AddSingleton(sp => kill.Firer(new PipelineTimerFirer(sp.GetRequiredService<CommitPipeline>())));
        });
        var survivor = _nodes.Node("node-b", Lease);
        await EngineNodes.StartTogetherAsync(doomed, survivor);
        var scheduler = survivor.Services.GetRequiredService<TimerScheduler>();

        try
        {
            watch.Restart();
            _nodes.Clock.Advance(TimeSpan.FromMinutes(2));
            var drained = UntilAsync("SELECT count(*) FROM timers WHERE \"ClaimedBy\" IS NULL", 0, "every row to be claimed");
            await Task.WhenAny(kill.Dead, drained);
            Assert.True(kill.Dead.IsCompleted, $"node A claimed only {kill.Claimed} rows; A: {doomed.Services.GetRequiredService<TimerScheduler>().Statistics}; B: {scheduler.Statistics}");
            await UntilAsync("""SELECT count(*) FROM timers WHERE "ClaimedBy" IS DISTINCT FROM 'node-a'""", 0, "the survivor to fire every row the dead node does not hold");
            var burst = watch.Elapsed;
            long held = await _nodes.ScalarAsync("SELECT count(*) FROM timers");
            long checkedBefore = await ChecksAsync();
            Assert.True(held > 0, "the dead node should have left claimed rows behind");

            watch.Restart();
            _nodes.Clock.Advance(Lease + new SchedulerOptions().SweepInterval);
            await UntilAsync("SELECT count(*) FROM timers", 0, "the survivor to take over the dead node's rows");
            await scheduler.WhenCaughtUpAsync().WaitAsync(TimeSpan.FromMinutes(1));
            output.WriteLine($"burst: {count - held:N0} fired in {burst.TotalSeconds:F1} s ({(count - held) / burst.TotalSeconds:N0}/s over two nodes, then one); "
                + $"the dead node claimed {kill.Claimed:N0} and left {held:N0} (of which {held - (count - checkedBefore):N0} already in effect); "
                + $"taken over in {watch.Elapsed.TotalSeconds:F1} s; survivor: {scheduler.Statistics}");

            Assert.True(scheduler.Statistics.SweptRows >= held, $"the survivor swept {scheduler.Statistics.SweptRows} rows");
            Assert.Equal(count, await ChecksAsync());
            Assert.Equal(count, await _nodes.ScalarAsync($"""SELECT count(DISTINCT "DossierId") FROM audit WHERE "Action" = 'LateCheck' AND "DossierId" > {CloneBase}"""));
            Assert.Equal(0, await _nodes.ScalarAsync($"""SELECT count(*) FROM dossiers WHERE "Id" > {CloneBase} AND ("Version" <> {version + 1} OR "ForeseeLateAt" IS NOT NULL)"""));
            Assert.Equal(count, await _nodes.ScalarAsync($"""SELECT count(*) FROM outbox WHERE "DossierId" > {CloneBase} AND "Seq" = {version + 1}"""));
            Assert.Equal(count, await _nodes.ScalarAsync($"""SELECT count(*) FROM outbox WHERE "DossierId" > {CloneBase}"""));
        }
        finally
        {
            kill.Release();
        }
    }

    /// <summary>Dự báo trễ hạn checks recorded for the burst's dossiers.</summary>
    private Task<long> ChecksAsync() =>
        _nodes.ScalarAsync($"""SELECT count(*) FROM audit WHERE "Action" = 'LateCheck' AND "DossierId" > {CloneBase}""");

    /// <summary>A birth registration filed over HTTP on a node that then stops (it migrates the empty database).</summary>
    private async Task<(long Id, long Version)> FileTemplateAsync()
    {
        using var seed = _nodes.Node("seed", Lease);
        var desk = await ApiWorld.SignInAsync(seed, "motcua.hoaphu");
        var filed = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
        long id = (long)filed["id"]!;
        return (id, await _nodes.ScalarAsync($"""SELECT "Version" FROM dossiers WHERE "Id" = {id}"""));
    }

    /// <summary>
    /// Copies the template dossier <paramref name="count"/> times (ids above <see cref="CloneBase"/>),
    /// each to be checked at <paramref name="due"/> with its timer row, in one statement each.
    /// </summary>
    private async Task CloneAsync(long template, int count, DateTimeOffset due)
    {
        await using var connection = new NpgsqlConnection(_nodes.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_name = 'dossiers' ORDER BY ordinal_position", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                columns.Add(reader.GetString(0));
        }
        var values = columns.Select(c => c switch
        {
            "Id" => "@base + g",
            "Code" => """d."Code" || '-' || g""",
            "ForeseeLateAt" => "@due",
            _ => $"d.\"{c}\"",
        });
        var sql = $"""
            INSERT INTO dossiers ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", values)} FROM dossiers d CROSS JOIN generate_series(1, @count) g WHERE d."Id" = @template;
            INSERT INTO timers ("DossierId", "Purpose", "Ref", "DueAt")
            SELECT @base + g, {(int)TimerPurpose.ApologyForeseen}, 0, @due FROM generate_series(1, @count) g;
            DELETE FROM timers WHERE "DossierId" = @template;
            """;
        await using var clone = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        clone.Parameters.AddWithValue("base", CloneBase);
        clone.Parameters.AddWithValue("count", count);
        clone.Parameters.AddWithValue("template", template);
        clone.Parameters.AddWithValue("due", due.ToUnixTimeMilliseconds());
        await clone.ExecuteNonQueryAsync();
    }

    /// <summary>Polls the store (every 100 ms of real time) until the query gives <paramref name="expected"/>, for at most 8 minutes (a loaded CI machine).</summary>
    private async Task UntilAsync(string sql, long expected, string what)
    {
        var limit = Stopwatch.StartNew();
        long last;
        while ((last = await _nodes.ScalarAsync(sql)) != expected)
        {
            if (limit.Elapsed > TimeSpan.FromMinutes(8))
                Assert.Fail($"Waited 8 minutes for {what}: {last.ToString(CultureInfo.InvariantCulture)} instead of {expected}.");
            await Task.Delay(100);
        }
    }
}

/// <summary>The burst runs alone: its figures are the two nodes', not shared with other test classes running beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BurstCollection
{
    public const string Name = "Two-node burst";
}
