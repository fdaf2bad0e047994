using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Persistence;

namespace TthcFlow.Engine.Tests.Storage;

/// <summary>
/// Two writers (two engine nodes, each with its own pipeline, connection and cache) on one
/// PostgreSQL database: dossier codes stay gap-free and unique through the sequence row lock, and a
/// writer acting on a stale cached dossier meets the version guard and answers with a conflict.
/// </summary>
public sealed class SharedStoreTests : IAsyncLifetime, IOnPostgreSql
{
    private DossierWorld _world = null!;

    public Task InitializeAsync()
    {
        _world = new DossierWorld(StoreProvider.PostgreSql);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task Submits_at_one_agency_through_two_nodes_get_consecutive_codes_without_gaps_or_duplicates()
    {
        var nodes = new[] { _world.Started(new PipelineOptions { MaxBatchSize = 8 }), _world.Started(new PipelineOptions { MaxBatchSize = 8 }) };
        var valid = Enumerable.Range(1, 160).Select(i => _world.BirthRegistration($"Công dân {i}"));
        var invalid = Enumerable.Range(1, 20).Select(_ => _world.BirthRegistration(applicant: " "));
        var submits = valid.Concat(invalid).OrderBy(_ => Random.Shared.Next()).ToList();

        var results = await Task.WhenAll(submits.Select((s, i) => Task.Run(() => nodes[i % 2].ExecuteAsync(s))));

        Assert.Equal(20, results.Count(r => r.Error?.Code == DomainErrorCode.InvalidInput));
        var prefix = $"{_world.Organisation.GetAgency(DossierWorld.Centre).ShortId}-260302-";
        var codes = results.Where(r => r.Succeeded).Select(r => r.Dossier!.Code).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 160).Select(i => $"{prefix}{i:D4}"), codes);
        Assert.All(nodes, n => Assert.True(n.Statistics.Commands - n.Statistics.Refused > 0, "both nodes should have committed submits"));
        await using var db = _world.Db();
        Assert.Equal(160, await db.Set<Dossier>().CountAsync());
        Assert.Equal(160, await db.Set<SequenceRow>().Where(s => s.Name.StartsWith("code:")).Select(s => s.Value).SingleAsync());
    }

    [StoreFact]
    public async Task A_node_completing_a_task_another_node_completed_gets_a_conflict_and_writes_nothing()
    {
        var first = _world.Started();
        var filed = (await first.ExecuteAsync(_world.BirthRegistration())).Dossier!;
        var appraisal = filed.ActiveTasks.Single();
        var officer = _world.OfficerFor(appraisal);
        var second = _world.Started();

        var won = await second.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", "Hồ sơ hợp lệ", officer));
        var lost = await first.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", "Đủ điều kiện", DossierWorld.Colleague(officer)));

        Assert.True(won.Succeeded, won.Error?.Message);
        Assert.Equal(DomainErrorCode.Conflict, lost.Error?.Code);
        await using var db = _world.Db();
        var stored = await db.Set<Dossier>().SingleAsync();
        Assert.Equal(won.Dossier!.Version, stored.Version);
        Assert.Equal(1, await db.Set<AuditRecord>().CountAsync(a => a.TaskId == appraisal.Id && a.Action == "TaskCompleted"));
        Assert.Equal(stored.Version, await db.Set<OutboxMessage>().CountAsync());
        Assert.Equal("Hồ sơ hợp lệ", (await db.Set<DossierTask>().SingleAsync(t => t.Id == appraisal.Id)).Comment);
    }

    [StoreFact]
    public async Task Two_nodes_completing_one_task_at_once_give_one_success_and_one_conflict()
    {
        var setup = _world.Started();
        var appraisal = (await setup.ExecuteAsync(_world.BirthRegistration())).Dossier!.ActiveTasks.Single();
        await setup.StopAsync();
        var officer = _world.OfficerFor(appraisal);
        var (a, b) = (_world.Pipeline(), _world.Pipeline());
        var byA = a.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, officer));
        var byB = b.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, DossierWorld.Colleague(officer)));
        a.Start();
        b.Start();

        var results = await Task.WhenAll(byA, byB);

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Error?.Code == DomainErrorCode.Conflict);
        await using var db = _world.Db();
        Assert.Equal(1, await db.Set<AuditRecord>().CountAsync(x => x.TaskId == appraisal.Id && x.Action == "TaskCompleted"));
    }
}
