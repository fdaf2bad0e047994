using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Persistence;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.MultiNode;

/// <summary>
/// Two nodes' claimers on one PostgreSQL timers table: a due row is fired by one node at a time;
/// a dead node's rows come back after its lease; a node completes only rows it still holds at the
/// instant it fired, so a row re-armed or taken over in the meantime stays.
/// </summary>
public sealed class LeasedClaimsTests : IAsyncLifetime, IOnPostgreSql
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private DossierWorld _world = null!;

    public Task InitializeAsync()
    {
        _world = new DossierWorld(StoreProvider.PostgreSql);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task Two_nodes_claiming_the_same_due_rows_at_once_split_them_without_overlap()
    {
        var rows = await InsertAsync(Enumerable.Range(1, 2_000).Select(i => Row(i, 5)).ToList());
        var (a, b) = (Node("a"), Node("b"));

        var claims = await Task.WhenAll(Task.Run(() => a.ClaimAsync(rows, default)), Task.Run(() => b.ClaimAsync(rows, default)));

        var won = claims.SelectMany(c => c).ToList();
        Assert.Equal(rows.Count, won.Count);
        Assert.Equal(rows.Count, won.Distinct().Count());
        await using var db = _world.Db();
        var holders = await db.Set<DossierTimer>().GroupBy(t => t.ClaimedBy).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(rows.Count, holders.Where(h => h.Key == "a" || h.Key == "b").Sum(h => h.Count));
    }

    [StoreFact]
    public async Task A_row_held_by_a_node_is_not_claimable_by_another_until_its_lease_expires()
    {
        var row = (await InsertAsync([Row(1, 5)])).Single();
        var (a, b) = (Node("a"), Node("b"));

        Assert.Single(await a.ClaimAsync([row], default));
        Assert.Empty(await b.ClaimAsync([row], default));
        Assert.Empty(await b.ReadUnclaimedAsync(_world.Clock.GetUtcNow(), 100, default));
        _world.Clock.Advance(Lease);

        Assert.Equal(new[] { row }, await b.ReadUnclaimedAsync(_world.Clock.GetUtcNow(), 100, default));
        Assert.Single(await b.ClaimAsync([row], default));
        await a.CompleteAsync([row], default);
        Assert.Equal("b", (await StoredAsync()).Single().ClaimedBy);
        await b.CompleteAsync([row], default);
        Assert.Empty(await StoredAsync());
    }

    [StoreFact]
    public async Task A_row_re_armed_for_another_instant_while_it_was_held_is_neither_claimed_nor_completed_at_the_old_one()
    {
        var row = (await InsertAsync([Row(1, 5)])).Single();
        var a = Node("a");
        Assert.Single(await a.ClaimAsync([row], default));
        // The write path re-arms a timer by deleting its row and inserting it again, unclaimed.
        var moved = row with { DueAt = row.DueAt.AddHours(1) };
        await using (var db = _world.Db())
        {
            await db.Set<DossierTimer>().Where(t => t.DossierId == row.DossierId).ExecuteDeleteAsync();
            db.Add(moved);
            await db.SaveChangesAsync();
        }

        await a.CompleteAsync([row], default);
        Assert.Empty(await Node("b").ClaimAsync([row], default));

        var stored = Assert.Single(await StoredAsync());
        Assert.Equal(moved.DueAt, stored.DueAt);
        Assert.Null(stored.ClaimedBy);
    }

    [StoreFact]
    public async Task The_node_holding_a_row_may_claim_it_again_to_retry_and_a_restarted_node_of_that_name_takes_its_rows_back()
    {
        var row = (await InsertAsync([Row(1, 5)])).Single();
        Assert.Single(await Node("a").ClaimAsync([row], default));
        _world.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Single(await Node("a").ClaimAsync([row], default));
        Assert.Equal(_world.Clock.GetUtcNow() + Lease, (await StoredAsync()).Single().LeaseUntil);
    }

    private LeasedTimerClaims Node(string id) => new(_world.Contexts, new NodeOptions { Id = id, Lease = Lease }, _world.Clock);

    private DossierTimer Row(long dossierId, int minutes) => new()
    {
        DossierId = dossierId, Purpose = TimerPurpose.Bookmark, Ref = 1, DueAt = _world.Clock.GetUtcNow().AddMinutes(minutes),
    };

    private async Task<List<DossierTimer>> InsertAsync(List<DossierTimer> rows)
    {
        await using var db = _world.Db();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        _world.Clock.Advance(TimeSpan.FromMinutes(10));
        return rows;
    }

    private async Task<List<DossierTimer>> StoredAsync()
    {
        await using var db = _world.Db();
        return await db.Set<DossierTimer>().AsNoTracking().ToListAsync();
    }
}
