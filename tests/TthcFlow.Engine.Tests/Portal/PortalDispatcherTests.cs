using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Portal;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Portal;

/// <summary>
/// Status sync to the national portal against a fake portal on loopback: every version of every
/// dossier reaches it once, in order, with a stable idempotency key, through failures, timeouts,
/// lost answers and dead letters.
/// </summary>
public abstract class PortalDispatcherTests(StoreProvider store) : IAsyncLifetime
{
    private PortalWorld _world = null!;

    public async Task InitializeAsync() => _world = await PortalWorld.StartAsync(store);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task A_portal_failing_a_few_times_then_accepting_gets_the_message_once_under_one_key()
    {
        var dossier = (await _world.FileAsync(1, steps: 0)).Single();
        _world.Portal.Script((_, before) => before < 3 ? PortalBehaviour.Fail : PortalBehaviour.Accept);
        var dispatcher = _world.Dispatcher(_world.Options(maxAttempts: 5));

        await _world.DrainAsync(dispatcher);

        var requests = _world.Portal.Requests;
        Assert.Equal(4, requests.Count);
        Assert.Single(requests.Select(r => r.Key).Distinct());
        Assert.Equal($"{dossier.Code}:1", requests[0].Key);
        Assert.Equal([1], _world.Portal.AcceptedVersions(dossier.Code));
        var message = Assert.Single(await _world.MessagesAsync(dossier.Id));
        Assert.NotNull(message.DispatchedAt);
        Assert.Null(message.DeadLetteredAt);
        Assert.Equal(4, message.Attempts);
        Assert.Null(message.Payload);
        Assert.StartsWith("HTTP 500", message.LastError);
        Assert.Equal(3, dispatcher.Statistics.Retries);
        Assert.Equal(1, dispatcher.Statistics.Acknowledged);
    }

    [StoreFact]
    public async Task A_portal_that_does_not_answer_in_time_is_asked_again()
    {
        var dossier = (await _world.FileAsync(1, steps: 0)).Single();
        _world.Portal.Script((_, before) => before == 0 ? PortalBehaviour.Hang : PortalBehaviour.Accept);

        await _world.DrainAsync(_world.Dispatcher(_world.Options(maxAttempts: 8) with { AttemptTimeout = TimeSpan.FromSeconds(1) }));

        // On a loaded machine a later answer may also come too late; the first surely does.
        var requests = _world.Portal.Requests;
        Assert.Equal(PortalBehaviour.Hang, requests[0].Behaviour);
        Assert.Single(requests.Select(r => r.Key).Distinct());
        Assert.Equal([1], _world.Portal.AcceptedVersions(dossier.Code));
        var message = Assert.Single(await _world.MessagesAsync(dossier.Id));
        Assert.NotNull(message.DispatchedAt);
        Assert.Equal(requests.Count, message.Attempts);
        Assert.StartsWith("No answer within", message.LastError);
    }

    [StoreFact]
    public async Task An_acknowledgment_lost_on_the_way_back_is_resent_under_the_same_key_and_recorded_once()
    {
        var dossier = (await _world.FileAsync(1, steps: 0)).Single();
        _world.Portal.Script((_, before) => before == 0 ? PortalBehaviour.AcceptThenDrop : PortalBehaviour.Accept);
        var dispatcher = _world.Dispatcher(_world.Options());

        await _world.DrainAsync(dispatcher);

        var requests = _world.Portal.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Key, requests[1].Key);
        Assert.True(requests[1].Duplicate, "the portal must see the second delivery as a duplicate of the first");
        Assert.Equal(1, _world.Portal.AcceptedCount);
        Assert.Equal(1, dispatcher.Statistics.Acknowledged);
        Assert.NotNull(Assert.Single(await _world.MessagesAsync(dossier.Id)).DispatchedAt);
    }

    [StoreFact]
    public async Task Two_nodes_delivering_one_message_after_its_lease_ran_out_record_one_acknowledgment()
    {
        var dossier = (await _world.FileAsync(1, steps: 0)).Single();
        var options = _world.Options();
        // Node 1 claims and delivers, but is slow to record the answer: its lease runs out.
        var claimed = Assert.Single(await _world.Outbox.ClaimAsync(4, options.Lease, CancellationToken.None));
        await _world.Client(options).SendAsync(claimed, CancellationToken.None);
        _world.Clock.Inner.Advance(options.Lease + TimeSpan.FromSeconds(1));
        // Node 2 takes the message over and delivers it again; the portal answers both.
        var second = _world.Dispatcher(options);
        await _world.DrainAsync(second);
        int late = await _world.Outbox.RecordAsync([new DeliveryOutcome(claimed, DeliveryResult.Acknowledged, 1, null)], CancellationToken.None);

        Assert.Equal(0, late);
        Assert.Equal(1, second.Statistics.Acknowledged);
        Assert.Equal([false, true], _world.Portal.Requests.Select(r => r.Duplicate));
        Assert.Equal(1, _world.Portal.AcceptedCount);
        Assert.NotNull(Assert.Single(await _world.MessagesAsync(dossier.Id)).DispatchedAt);
    }

    [StoreFact]
    public async Task A_claimed_dossier_is_not_claimed_again_until_its_lease_runs_out()
    {
        var dossiers = await _world.FileAsync(2, steps: 1);
        var lease = TimeSpan.FromMinutes(1);

        var first = await _world.Outbox.ClaimAsync(10, lease, CancellationToken.None);
        var meanwhile = await _world.Outbox.ClaimAsync(10, lease, CancellationToken.None);
        _world.Clock.Inner.Advance(lease);
        var after = await _world.Outbox.ClaimAsync(10, lease, CancellationToken.None);

        // A claim takes each dossier whole: its unsettled versions, in version order, with their payloads.
        var versions = await Task.WhenAll(dossiers.Select(async d => (await _world.MessagesAsync(d.Id)).Select(m => m.Seq)));
        Assert.All(versions, v => Assert.True(v.Count() > 1, "each dossier has several versions to send"));
        Assert.Equal(dossiers.Zip(versions).SelectMany(p => p.Second.Select(seq => (p.First.Code, seq))), first.Select(m => (m.DossierCode, m.Seq)));
        Assert.All(first, m => Assert.NotEmpty(m.Payload));
        Assert.Empty(meanwhile);
        Assert.Equal(first.Select(m => m.Id), after.Select(m => m.Id));
    }

    [StoreFact]
    public async Task A_version_written_while_its_dossier_is_being_sent_waits_for_the_versions_before_it()
    {
        var dossier = (await _world.FileAsync(1, steps: 0)).Single();
        var lease = TimeSpan.FromHours(1);
        var first = Assert.Single(await _world.Outbox.ClaimAsync(10, lease, CancellationToken.None));

        await _world.NextStepAsync(dossier, done: 0);
        var meanwhile = await _world.Outbox.ClaimAsync(10, lease, CancellationToken.None);
        await _world.Outbox.RecordAsync([new DeliveryOutcome(first, DeliveryResult.Acknowledged, 1, null)], CancellationToken.None);
        var next = await _world.Outbox.ClaimAsync(10, lease, CancellationToken.None);

        Assert.Empty(meanwhile);
        var later = (await _world.MessagesAsync(dossier.Id)).Where(m => m.Seq > first.Seq).Select(m => m.Seq).ToList();
        Assert.NotEmpty(later);
        Assert.Equal(later, next.Select(m => m.Seq));
    }

    [StoreFact]
    public async Task A_version_written_while_its_dossier_is_on_the_wire_goes_out_in_the_same_drain()
    {
        var dossier = (await _world.FileAsync(1, steps: 0)).Single();
        int stepped = 0;
        // The officer acts while the first version is being delivered: the next versions are written behind it.
        _world.Portal.Script((key, _) =>
        {
            if (key.EndsWith(":1", StringComparison.Ordinal) && Interlocked.Exchange(ref stepped, 1) == 0)
                _world.NextStepAsync(dossier, done: 0).GetAwaiter().GetResult();
            return PortalBehaviour.Accept;
        });

        await _world.DrainAsync(_world.Dispatcher(_world.Options()));

        var versions = (await _world.MessagesAsync(dossier.Id)).Select(m => m.Seq).ToList();
        Assert.True(versions.Count > 1, "the step wrote new versions");
        Assert.Equal(versions, _world.Portal.AcceptedVersions(dossier.Code));
    }

    [StoreFact]
    public async Task Versions_claimed_again_with_a_dossier_still_on_the_wire_are_put_back_not_left_leased()
    {
        var dossier = (await _world.FileAsync(1, steps: 0)).Single();
        var options = _world.Options();
        var onTheWire = new TaskCompletionSource();
        var answer = new ManualResetEventSlim();
        // The portal holds the first version's answer until the test lets it go.
        _world.Portal.Script((key, _) =>
        {
            if (key.EndsWith(":1", StringComparison.Ordinal) && onTheWire.TrySetResult())
                answer.Wait(TimeSpan.FromSeconds(30));
            return PortalBehaviour.Accept;
        });
        var polls = new FakeTimeProvider();
        var service = _world.Dispatcher(options, polls);
        await service.StartAsync(CancellationToken.None);
        await onTheWire.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // While it is on the wire its lease runs out and the officer takes the next step (new versions);
        // the service's next look at the outbox claims the dossier again, versions and all.
        _world.Clock.Inner.Advance(options.Lease + TimeSpan.FromSeconds(1));
        await _world.NextStepAsync(dossier, done: 0);
        await WaitUntilAsync(async () => (await _world.MessagesAsync(dossier.Id)).Count(m => m.Seq > 1 && m.LeaseUntil is not null) > 0,
            () => polls.Advance(options.PollInterval));
        answer.Set();
        await WaitUntilAsync(async () => (await _world.MessagesAsync(dossier.Id))[0].DispatchedAt is not null, () => polls.Advance(options.PollInterval));
        await service.StopAsync(CancellationToken.None);
        // What the service left is sent by the next dispatcher, on a clock that has not moved since.
        await _world.DrainAsync(_world.Dispatcher(options));

        var versions = (await _world.MessagesAsync(dossier.Id)).Select(m => m.Seq).ToList();
        Assert.True(versions.Count > 1, "the step wrote new versions");
        Assert.Equal(versions, _world.Portal.AcceptedVersions(dossier.Code));
    }

    /// <summary>Nudges (a poll's tick) until the condition holds; a guard, not a measurement, ends the wait after 30 s.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Action nudge)
    {
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(guard.Elapsed < TimeSpan.FromSeconds(30), "the condition never held");
            nudge();
            await Task.Delay(10);
        }
    }

    [StoreFact]
    public async Task After_the_last_allowed_attempt_a_message_is_dead_lettered_until_an_administrator_requeues_it()
    {
        var dossier = (await _world.FileAsync(1, steps: 0)).Single();
        _world.Portal.Script((_, before) => before < 3 ? PortalBehaviour.Fail : PortalBehaviour.Accept);

        await _world.DrainAsync(_world.Dispatcher(_world.Options(maxAttempts: 3)));

        var dead = Assert.Single(await _world.Outbox.DeadLettersAsync(10, CancellationToken.None));
        Assert.Equal((dossier.Code, 1, 3), (dead.DossierCode, dead.Seq, dead.Attempts));
        Assert.StartsWith("HTTP 500", dead.LastError);
        var message = Assert.Single(await _world.MessagesAsync(dossier.Id));
        Assert.Null(message.DispatchedAt);
        Assert.NotNull(message.Payload);
        var (sync, quality) = await _world.ReportsAsync();
        Assert.Equal((1, 0, 1, 1), (sync.Total.Created, sync.Total.Acknowledged, sync.Total.DeadLettered, sync.Total.DossiersBehind));
        Assert.Equal(dossier.Code, Assert.Single(sync.Behind).Code);
        Assert.True(sync.Behind[0].DeadLettered);
        Assert.Equal((0, 1), (quality.SyncedDossiers, quality.SyncDeadLettered));

        Assert.Equal(1, await _world.Outbox.RequeueAsync(null, dossier.Code, CancellationToken.None));
        await _world.DrainAsync(_world.Dispatcher(_world.Options(maxAttempts: 3)));

        Assert.Empty(await _world.Outbox.DeadLettersAsync(10, CancellationToken.None));
        Assert.Equal([1], _world.Portal.AcceptedVersions(dossier.Code));
        (sync, quality) = await _world.ReportsAsync();
        Assert.Equal((1, 1, 0, 0, 0), (sync.Total.Created, sync.Total.Acknowledged, sync.Total.Pending, sync.Total.DeadLettered, sync.Total.DossiersBehind));
        Assert.Empty(sync.Behind);
        Assert.Equal((1, 1, 0), (quality.SyncedDossiers, quality.SyncSent, quality.SyncPending));
    }

    [StoreFact]
    public async Task A_refused_version_is_dead_lettered_at_once_and_superseded_by_the_next_acknowledged_one()
    {
        var dossier = (await _world.FileAsync(1)).Single();
        _world.Portal.Script((key, _) => key.EndsWith(":2", StringComparison.Ordinal) ? PortalBehaviour.Refuse : PortalBehaviour.Accept);

        await _world.DrainAsync(_world.Dispatcher(_world.Options()));

        Assert.Equal(NationalStatus.Returned, dossier.Status);
        Assert.Equal([1, 3, 4, 5, 6, 7], _world.Portal.AcceptedVersions(dossier.Code));
        Assert.Single(_world.Portal.Requests, r => r.Seq == 2);
        var refused = (await _world.MessagesAsync(dossier.Id))[1];
        Assert.Equal(1, refused.Attempts);
        Assert.NotNull(refused.DeadLetteredAt);
        Assert.NotNull(refused.DispatchedAt);
        Assert.StartsWith("HTTP 400", refused.LastError);
        Assert.Empty(await _world.Outbox.DeadLettersAsync(10, CancellationToken.None));
        var (sync, quality) = await _world.ReportsAsync();
        Assert.Equal((7, 6, 1, 0, 0), (sync.Total.Created, sync.Total.Acknowledged, sync.Total.Superseded, sync.Total.DeadLettered, sync.Total.DossiersBehind));
        Assert.Equal(1, quality.SyncedDossiers);
    }

    [StoreFact]
    public async Task Each_dossier_reaches_the_portal_in_version_order_while_many_are_sent_at_once()
    {
        var dossiers = await _world.FileAsync(10);
        // Some keys fail on their first attempt (by the last digits of code and version), so dossiers overtake one another.
        _world.Portal.Script((key, before) => before == 0 && (key[^1] + key[^3]) % 3 == 0 ? PortalBehaviour.Fail : PortalBehaviour.Accept);

        await _world.DrainAsync(_world.Dispatcher(_world.Options(parallelism: 6)));

        var requests = _world.Portal.Requests;
        Assert.Contains(requests, r => r.Behaviour == PortalBehaviour.Fail);
        foreach (var d in dossiers)
        {
            Assert.Equal(Enumerable.Range(1, 7), _world.Portal.AcceptedVersions(d.Code));
            var mine = requests.Where(r => r.DossierCode == d.Code).ToList();
            for (int i = 1; i < mine.Count; i++)
                Assert.True(mine[i].Seq == mine[i - 1].Seq || mine[i - 1].Behaviour == PortalBehaviour.Accept && mine[i].Seq == mine[i - 1].Seq + 1,
                    $"{d.Code}: version {mine[i].Seq} sent after {mine[i - 1].Seq} answered {mine[i - 1].Behaviour}");
            Assert.All(await _world.MessagesAsync(d.Id), m => Assert.Null(m.Payload));
        }
        var (sync, quality) = await _world.ReportsAsync();
        Assert.Equal((70, 70, 0), (sync.Total.Created, sync.Total.Acknowledged, sync.Total.DossiersBehind));
        Assert.Equal(10, quality.SyncedDossiers);
    }

    [StoreFact]
    public async Task Nothing_is_sent_when_no_endpoint_is_configured()
    {
        var dossier = (await _world.FileAsync(1, steps: 0)).Single();
        var dispatcher = _world.Dispatcher(_world.Options() with { Endpoint = null });

        await dispatcher.StartAsync(CancellationToken.None);
        await dispatcher.ExecuteTask!;
        await dispatcher.DispatchDueAsync();
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.False(dispatcher.Enabled);
        Assert.Empty(_world.Portal.Requests);
        var message = Assert.Single(await _world.MessagesAsync(dossier.Id));
        Assert.Equal((0, null, null), (message.Attempts, message.DispatchedAt, message.LeaseUntil));
        Assert.NotNull(message.Payload);
    }

    public sealed class OnSqlite() : PortalDispatcherTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : PortalDispatcherTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
