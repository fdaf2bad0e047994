using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Persistence;

/// <summary>Every change carries its audit record and its portal-sync message, in the same transaction, or nothing is written.</summary>
public abstract class AtomicityTests(StoreProvider store) : IAsyncLifetime
{
    private readonly DossierWorld _world = new(store);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task Every_state_change_of_a_dossier_has_one_chained_audit_record_and_one_status_sync_message()
    {
        var pipeline = _world.Started();
        var dossier = (await pipeline.ExecuteAsync(_world.BirthRegistration())).Dossier!;
        foreach (var outcome in new[] { "Approved", "Signed", "Done" })
        {
            var task = dossier.ActiveTasks.Single();
            _world.Clock.Advance(TimeSpan.FromMinutes(30));
            var claimed = await pipeline.ExecuteAsync(new ClaimTask(task.Id, _world.OfficerFor(task)));
            dossier = (await pipeline.ExecuteAsync(new CompleteTask(task.Id, outcome, null, _world.OfficerFor(task)))).Dossier!;
            Assert.True(claimed.Succeeded);
        }

        Assert.Equal(NationalStatus.Returned, dossier.Status);
        await using var db = _world.Db();
        var audit = await db.Set<AuditRecord>().Where(a => a.DossierId == dossier.Id).OrderBy(a => a.Seq).ToListAsync();
        var outbox = await db.Set<OutboxMessage>().Where(o => o.DossierId == dossier.Id).OrderBy(o => o.Seq).WithPayloadsAsync(db);
        var stored = await db.Set<Dossier>().SingleAsync(d => d.Id == dossier.Id);
        Assert.Equal(Enumerable.Range(1, stored.Version), audit.Select(a => a.Seq));
        Assert.Equal(Enumerable.Range(1, stored.Version), outbox.Select(o => o.Seq));
        byte[]? previous = null;
        foreach (var record in audit)
        {
            Assert.Equal(previous, record.PrevHash);
            Assert.Equal(AuditChain.Hash(record), record.Hash);
            previous = record.Hash;
        }
        Assert.Equal(previous, stored.AuditHash);
        var statuses = outbox.Select(o => JsonDocument.Parse(o.Payload!).RootElement.GetProperty("status").GetInt32());
        Assert.Equal(audit.Select(a => (int)a.Status), statuses);
        var last = JsonDocument.Parse(outbox[^1].Payload!).RootElement;
        Assert.Equal("done", last.GetProperty("portalStatus").GetString());
        Assert.Equal(dossier.Code, last.GetProperty("dossierCode").GetString());
        Assert.Equal(4, last.GetProperty("progress").GetArrayLength());
    }

    [StoreFact]
    public async Task A_batch_that_fails_mid_write_leaves_nothing_of_the_failing_command_and_commits_the_others()
    {
        await PoisonOutboxFor("Người gây lỗi");
        var pipeline = _world.Pipeline();
        var a = pipeline.ExecuteAsync(_world.BirthRegistration("Người thứ nhất"));
        var poisoned = pipeline.ExecuteAsync(_world.BirthRegistration("Người gây lỗi"));
        var c = pipeline.ExecuteAsync(_world.BirthRegistration("Người thứ ba"));
        pipeline.Start();

        await Assert.ThrowsAnyAsync<Exception>(() => poisoned);
        var codes = new[] { (await a).Dossier!.Code, (await c).Dossier!.Code };
        Assert.EndsWith("-0001", codes[0]);
        Assert.EndsWith("-0002", codes[1]);
        await using var db = _world.Db();
        Assert.Equal(2, await db.Set<Dossier>().CountAsync());
        var ids = await db.Set<Dossier>().Select(d => d.Id).ToListAsync();
        Assert.All(await db.Set<DossierTask>().ToListAsync(), t => Assert.Contains(t.DossierId, ids));
        Assert.All(await db.Set<AuditRecord>().ToListAsync(), r => Assert.Contains(r.DossierId, ids));
        Assert.All(await db.Set<OutboxMessage>().ToListAsync(), o => Assert.Contains(o.DossierId, ids));
        Assert.All(await db.Set<DossierDocument>().ToListAsync(), x => Assert.Contains(x.DossierId, ids));
        Assert.Equal(2, (await db.Set<SequenceRow>().SingleAsync(s => s.Name.StartsWith("code:"))).Value);
    }

    [StoreFact]
    public async Task A_lone_command_whose_write_fails_leaves_the_store_as_it_was()
    {
        var pipeline = _world.Started();
        var dossier = (await pipeline.ExecuteAsync(_world.BirthRegistration("Người gây lỗi"))).Dossier!;
        await PoisonOutboxFor("Người gây lỗi");
        var task = dossier.ActiveTasks.Single();

        await Assert.ThrowsAnyAsync<Exception>(() => pipeline.ExecuteAsync(new CompleteTask(task.Id, "Approved", null, _world.OfficerFor(task))));

        await using var db = _world.Db();
        Assert.Equal(dossier.Version, (await db.Set<Dossier>().SingleAsync()).Version);
        Assert.Equal(OfficerTaskStatus.Open, (await db.Set<DossierTask>().SingleAsync(t => t.Id == task.Id)).Status);
        Assert.Equal(1, await db.Set<DossierTask>().CountAsync(t => t.DossierId == dossier.Id && t.StepType != "TthcFlow.Receipt"));
        Assert.Equal(dossier.Version, await db.Set<AuditRecord>().CountAsync());
        await _world.Store.HealAsync(db);
        var completed = await pipeline.ExecuteAsync(new CompleteTask(task.Id, "Approved", null, _world.OfficerFor(task)));
        Assert.True(completed.Succeeded, completed.Error?.Message);
        Assert.Equal(dossier.Version + 1, completed.Dossier!.Version);
    }

    /// <summary>Makes the store refuse, mid-transaction, the outbox message of one applicant's dossier — as a failing disk would.</summary>
    private async Task PoisonOutboxFor(string applicant)
    {
        await using var db = _world.Db();
        await _world.Store.PoisonOutboxForAsync(db, applicant);
    }

    public sealed class OnSqlite() : AtomicityTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : AtomicityTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
