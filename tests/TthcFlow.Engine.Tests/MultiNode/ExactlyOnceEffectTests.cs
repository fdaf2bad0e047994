using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Persistence;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.MultiNode;

/// <summary>
/// A due timer fired by two nodes — the first node's lease ran out while it was still firing, so the
/// second claimed the row too — has its effect (escalation, notifications, audit record, portal
/// message) once. Each node acts on its own cached copy of the dossier; the version guard and the
/// firing commands' idempotency make the slower one a no-op. And a node whose cache went stale
/// answers from fresh state, never refusing on what it remembered.
/// </summary>
public sealed class ExactlyOnceEffectTests : IAsyncLifetime, IOnPostgreSql
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private DossierWorld _world = null!;

    public Task InitializeAsync()
    {
        _world = new DossierWorld(StoreProvider.PostgreSql);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreTheory]
    [InlineData(TimerPurpose.StepDue)]
    [InlineData(TimerPurpose.AppointmentPassed)]
    public async Task Two_nodes_firing_one_row_after_its_lease_expired_mid_fire_apply_its_effect_once(TimerPurpose purpose)
    {
        var dossier = (await _world.Started().ExecuteAsync(_world.BirthRegistration())).Dossier!;
        var row = await TimerAsync(dossier.Id, purpose);
        var (a, b) = (_world.Started(), _world.Started());
        // Both nodes hold the dossier in memory at its current version (an early firing changes nothing).
        foreach (var node in new[] { a, b })
            Assert.Equal(dossier.Version, (await node.ExecuteAsync(TimerFiring.CommandFor(row))).Dossier!.Version);
        _world.Clock.SetUtcNow(row.DueAt);

        var claimedByA = await Claims("a").ClaimAsync([row], default);
        _world.Clock.Advance(Lease);
        var claimedByB = await Claims("b").ClaimAsync([row], default);
        var outcomes = await Task.WhenAll(new PipelineTimerFirer(a).FireAsync(claimedByA, default), new PipelineTimerFirer(b).FireAsync(claimedByB, default));
        await Claims("a").CompleteAsync(claimedByA, default);
        await Claims("b").CompleteAsync(claimedByB, default);

        Assert.Single(claimedByA);
        Assert.Single(claimedByB);
        Assert.All(outcomes, o => Assert.Equal(FireOutcome.Done, Assert.Single(o)));
        await using var db = _world.Db();
        var changes = await db.Set<AuditRecord>().Where(x => x.DossierId == dossier.Id && x.Seq > dossier.Version).ToListAsync();
        Assert.Single(changes);
        Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync(x => x.DossierId == dossier.Id && x.Seq > dossier.Version && x.Kind == OutboxMessage.StatusSync));
        Assert.Equal(dossier.Version + 1, (await db.Set<Dossier>().SingleAsync(x => x.Id == dossier.Id)).Version);
        Assert.False(await db.Set<DossierTimer>().AnyAsync(t => t.DossierId == row.DossierId && t.Purpose == row.Purpose && t.Ref == row.Ref && t.DueAt == row.DueAt));
    }

    [StoreFact]
    public async Task A_node_with_a_stale_cached_dossier_acts_on_a_task_another_node_opened_as_the_fresh_state_says()
    {
        var a = _world.Started();
        var filed = (await a.ExecuteAsync(_world.BirthRegistration())).Dossier!;
        var appraisal = filed.ActiveTasks.Single();
        var b = _world.Started();
        var afterB = (await b.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", "Hồ sơ hợp lệ", _world.OfficerFor(appraisal)))).Dossier!;
        var signature = afterB.ActiveTasks.Single();

        // Node A still remembers the dossier with the appraisal open and no signature step.
        var signed = await a.ExecuteAsync(new CompleteTask(signature.Id, "Signed", null, _world.OfficerFor(signature)));
        var again = await a.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, _world.OfficerFor(appraisal)));

        Assert.True(signed.Succeeded, signed.Error?.Message);
        Assert.Equal(afterB.Version + 1, signed.Dossier!.Version);
        Assert.Equal(DomainErrorCode.Conflict, again.Error?.Code);
        await using var db = _world.Db();
        Assert.Equal(1, await db.Set<AuditRecord>().CountAsync(x => x.TaskId == signature.Id && x.Action == "TaskCompleted"));
        Assert.Equal(signed.Dossier.Version, (await db.Set<Dossier>().SingleAsync()).Version);
    }

    private LeasedTimerClaims Claims(string node) => new(_world.Contexts, new NodeOptions { Id = node, Lease = Lease }, _world.Clock);

    private async Task<DossierTimer> TimerAsync(long dossierId, TimerPurpose purpose)
    {
        await using var db = _world.Db();
        return await db.Set<DossierTimer>().AsNoTracking().SingleAsync(t => t.DossierId == dossierId && t.Purpose == purpose);
    }
}
