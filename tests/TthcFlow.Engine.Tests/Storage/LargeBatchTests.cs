using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Persistence;

namespace TthcFlow.Engine.Tests.Storage;

/// <summary>One group commit of many commands writes every row of every command, as it was staged (PostgreSQL sends INSERTs many rows to a statement).</summary>
public abstract class LargeBatchTests(StoreProvider store) : IAsyncLifetime
{
    private readonly DossierWorld _world = new(store);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task A_batch_of_a_hundred_submits_writes_each_dossier_with_all_its_rows()
    {
        var pipeline = _world.Pipeline();
        var submits = Enumerable.Range(1, 100).Select(i => pipeline.ExecuteAsync(_world.BirthRegistration($"Công dân {i:D3}"))).ToList();
        pipeline.Start();
        var results = await Task.WhenAll(submits);

        Assert.Equal(1, pipeline.Statistics.Batches);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Message));
        await using var db = _world.Db();
        var dossiers = await db.Set<Dossier>().OrderBy(d => d.Code).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"Công dân {i:D3}"), dossiers.Select(d => d.ApplicantName));
        var documents = await db.Set<DossierDocument>().ToListAsync();
        var audit = await db.Set<AuditRecord>().ToListAsync();
        var outbox = await db.Set<OutboxMessage>().ToListAsync();
        var tasks = await db.Set<DossierTask>().Where(t => t.Status == OfficerTaskStatus.Open).ToListAsync();
        foreach (var d in dossiers)
        {
            Assert.Equal(["Giấy chứng sinh", "Tờ khai đăng ký khai sinh"], documents.Where(x => x.DossierId == d.Id).Select(x => x.Name).Order());
            var record = Assert.Single(audit, a => a.DossierId == d.Id);
            Assert.Equal(AuditChain.Hash(record), record.Hash);
            Assert.Equal(record.Hash, d.AuditHash);
            Assert.Single(outbox, o => o.DossierId == d.Id && o.Seq == d.Version);
            Assert.Equal(results.Single(r => r.Dossier!.Id == d.Id).Dossier!.ActiveTasks.Single().Id, Assert.Single(tasks, t => t.DossierId == d.Id).Id);
        }
    }

    public sealed class OnSqlite() : LargeBatchTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : LargeBatchTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
