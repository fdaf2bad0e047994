using Polly;
using Polly.Retry;

namespace TthcFlow.Engine.Portal;

/// <summary>
/// Đồng bộ lên Cổng Dịch vụ công quốc gia — the hosted service that sends every status-sync
/// message of the outbox to the national portal. It claims up to <see cref="PortalOptions.Parallelism"/>
/// dossiers at once, each with all its unsettled versions (see <see cref="PortalOutbox"/>), sends
/// each dossier's versions one after another with <see cref="PortalClient"/>, retries transient
/// failures with exponential backoff and jitter (Polly, on the engine's <see cref="TimeProvider"/>;
/// each failed attempt is recorded with the planned next one), and records what ended together with
/// the next claim, in one transaction. A message
/// that fails <see cref="PortalOptions.MaxAttempts"/> times, or that the portal refuses (4xx other
/// than 408/429), goes to the dead-letter list; later versions of its dossier are still sent, in order.
/// Off (one log line) when no endpoint is configured. The outbox is polled in real time (a cadence
/// of looking at a table, not a deadline), so on a virtual clock the dispatcher neither stalls nor
/// spins; the backoff waits are on the engine's clock.
/// </summary>
public sealed partial class PortalDispatcher : BackgroundService
{
    private static readonly ResiliencePropertyKey<Delivery> DeliveryKey = new("tthcflow.portal.delivery");

    private readonly PortalOutbox _outbox;
    private readonly Func<PortalClient> _client;
    private readonly TimeProvider _time;
    private readonly TimeProvider _polls;
    private readonly PortalOptions _options;
    private readonly ILogger<PortalDispatcher> _logger;
    private readonly ResiliencePipeline _retry;

    /// <summary>Sends with <paramref name="client"/>; backoff and leases on <paramref name="time"/>, polls on <paramref name="polls"/> (real time by default).</summary>
    public PortalDispatcher(PortalOutbox outbox, Func<PortalClient> client, TimeProvider time, PortalOptions options, ILogger<PortalDispatcher> logger,
        TimeProvider? polls = null)
    {
        (_outbox, _client, _time, _options, _logger, _polls) = (outbox, client, time, options.Validated(), logger, polls ?? TimeProvider.System);
        _retry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstRetryDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is PortalDeliveryException { Transient: true }
                    && args.Context.Properties.GetValue(DeliveryKey, null!).Attempts < _options.MaxAttempts),
                OnRetry = RecordRetryAsync,
            })
            .Build();
    }

    /// <summary>Counts since start-up.</summary>
    public PortalStatistics Statistics { get; } = new();

    /// <summary>Whether an endpoint is configured.</summary>
    public bool Enabled => _options.Endpoint is not null;

    /// <summary>
    /// Sends everything deliverable now and returns when nothing is left in flight or claimable
    /// (messages in backoff are waited for). Does nothing when the dispatcher is off.
    /// </summary>
    public Task DispatchDueAsync(CancellationToken ct = default) => Enabled ? RunAsync(untilIdle: true, ct) : Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            LogDisabled(_logger, PortalOptions.Section);
            return;
        }
        LogEnabled(_logger, _options.Endpoint!, _options.Parallelism, _options.MaxAttempts);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(untilIdle: false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogStoreError(_logger, e);
                await Task.Delay(_options.PollInterval, _polls, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task RunAsync(bool untilIdle, CancellationToken ct)
    {
        // Per dossier: its claimed versions being sent one after another.
        var running = new Dictionary<long, (Task<List<DeliveryOutcome>> Sends, HashSet<long> Ids)>();
        List<DeliveryOutcome> ended = [];
        try
        {
            while (true)
            {
                int free = _options.Parallelism - running.Count;
                // What ended is recorded and the next dossiers claimed in one transaction; neither is cancelled
                // half-way: a claim lost in flight would hold its rows until the lease ends.
                var (recorded, claimed) = await _outbox.SettleAndClaimAsync(ended, free, _options.Lease, CancellationToken.None);
                Statistics.Count(ended, recorded);
                // On SQLite the claim looked for heads before this turn's records: versions written behind what they settled are found on the next turn.
                bool settled = ended.Count > 0;
                ended = [];
                foreach (var versions in claimed.GroupBy(m => m.DossierId))
                {
                    if (running.TryGetValue(versions.Key, out var inFlight))
                    {
                        // A dossier still in flight here whose lease ran out comes back: it is already being sent, but
                        // versions written since came with it and go back to the queue (else they stay leased, unsent).
                        ended.AddRange(versions.Where(m => !inFlight.Ids.Contains(m.Id)).Select(m => new DeliveryOutcome(m, DeliveryResult.Abandoned, m.Attempts, null)));
                        continue;
                    }
                    running[versions.Key] = (DeliverAsync([.. versions], ct), versions.Select(m => m.Id).ToHashSet());
                }
                if (running.Count == 0)
                {
                    if (settled)
                        continue;
                    if (untilIdle)
                        return;
                    await Task.Delay(_options.PollInterval, _polls, ct);
                    continue;
                }
                await WaitAsync(running.Values.Select(r => r.Sends), untilIdle || running.Count >= _options.Parallelism, ct);
                foreach (var (dossier, (sends, _)) in running.Where(r => r.Value.Sends.IsCompleted).ToList())
                {
                    running.Remove(dossier);
                    ended.AddRange(sends.Result);
                }
            }
        }
        finally
        {
            // Shutting down (or a store error): let sends end, then record them and release the rest so a restart need not wait for leases.
            var sending = running.Values.Select(r => r.Sends).ToList();
            await Task.WhenAll(sending).ContinueWith(_ => { }, TaskScheduler.Default);
            ended.AddRange(sending.Where(t => t.IsCompletedSuccessfully).SelectMany(t => t.Result));
            await _outbox.RecordAsync(ended, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Until a dossier's sends end, or (while slots are free and the service runs) until the next poll.</summary>
    private async Task WaitAsync(IEnumerable<Task<List<DeliveryOutcome>>> running, bool sendsOnly, CancellationToken ct)
    {
        var anySend = Task.WhenAny(running);
        if (sendsOnly)
        {
            await anySend.WaitAsync(ct);
            return;
        }
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var tick = Task.Delay(_options.PollInterval, _polls, poll.Token);
        await Task.WhenAny(anySend, tick);
        await poll.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// A dossier's claimed versions, in order, each with every attempt it is allowed here; never throws.
    /// A dead-lettered version does not hold back the later ones (the portal gets the dossier's
    /// latest full state); an abandoned one does, since sending past it would reorder the dossier.
    /// </summary>
    private async Task<List<DeliveryOutcome>> DeliverAsync(IReadOnlyList<PortalMessage> versions, CancellationToken ct)
    {
        await Task.Yield();
        var outcomes = new List<DeliveryOutcome>(versions.Count);
        foreach (var message in versions)
        {
            outcomes.Add(outcomes is [.., { Result: DeliveryResult.Abandoned }]
                ? new DeliveryOutcome(message, DeliveryResult.Abandoned, message.Attempts, null)
                : await DeliverAsync(message, ct));
        }
        return outcomes;
    }

    /// <summary>One message, every attempt it is allowed here; never throws.</summary>
    private async Task<DeliveryOutcome> DeliverAsync(PortalMessage message, CancellationToken ct)
    {
        var delivery = new Delivery(message);
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(DeliveryKey, delivery);
        try
        {
            await _retry.ExecuteAsync(static async (ctx, state) =>
            {
                var (delivery, client) = state;
                delivery.Attempts++;
                await client.SendAsync(delivery.Message, ctx.CancellationToken);
            }, context, (delivery, _client()));
            return new DeliveryOutcome(message, DeliveryResult.Acknowledged, delivery.Attempts, null);
        }
        catch (PortalDeliveryException e)
        {
            LogDeadLetter(_logger, message.IdempotencyKey, delivery.Attempts, e.Message);
            return new DeliveryOutcome(message, DeliveryResult.DeadLettered, delivery.Attempts, e.Message);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return new DeliveryOutcome(message, DeliveryResult.Abandoned, delivery.Attempts, null);
        }
        catch (Exception e)
        {
            LogStoreError(_logger, e);
            return new DeliveryOutcome(message, DeliveryResult.Abandoned, delivery.Attempts, e.Message);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask RecordRetryAsync(OnRetryArguments<object> args)
    {
        var delivery = args.Context.Properties.GetValue(DeliveryKey, null!);
        string error = args.Outcome.Exception?.Message ?? "failed";
        var next = _time.GetUtcNow() + args.RetryDelay;
        Statistics.Retried();
        LogRetry(_logger, delivery.Message.IdempotencyKey, delivery.Attempts, error, args.RetryDelay);
        await _outbox.RecordRetryAsync(delivery.Message, delivery.Attempts, error, next, _options.Lease, args.Context.CancellationToken);
    }

    /// <summary>A message being delivered and the attempts made on it (those before this claim included).</summary>
    private sealed class Delivery(PortalMessage message)
    {
        public PortalMessage Message { get; } = message;
        public int Attempts { get; set; } = message.Attempts;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "National-portal sync is off: {Section}:Endpoint is not set; status messages stay in the outbox.")]
    private static partial void LogDisabled(ILogger logger, string section);

    [LoggerMessage(Level = LogLevel.Information, Message = "National-portal sync to {Endpoint}: {Parallelism} dossiers at once, {MaxAttempts} attempts per message.")]
    private static partial void LogEnabled(ILogger logger, Uri endpoint, int parallelism, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal message {Key}: attempt {Attempt} failed ({Error}); next in {Delay}.")]
    private static partial void LogRetry(ILogger logger, string key, int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Portal message {Key} dead-lettered after {Attempts} attempts: {Error}")]
    private static partial void LogDeadLetter(ILogger logger, string key, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Portal dispatcher: store error; retrying.")]
    private static partial void LogStoreError(ILogger logger, Exception exception);
}

/// <summary>What the dispatcher did since start-up.</summary>
public sealed class PortalStatistics
{
    private long _acknowledged, _deadLettered, _retries, _duplicates;

    /// <summary>Acknowledgments recorded (each message once).</summary>
    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    /// <summary>Acknowledgments for messages already settled (by another node after a lease ran out).</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);
    public long DeadLettered => Interlocked.Read(ref _deadLettered);
    public long Retries => Interlocked.Read(ref _retries);

    internal void Retried() => Interlocked.Increment(ref _retries);

    internal void Count(IReadOnlyCollection<DeliveryOutcome> outcomes, int recorded)
    {
        Interlocked.Add(ref _acknowledged, recorded);
        Interlocked.Add(ref _duplicates, outcomes.Count(o => o.Result == DeliveryResult.Acknowledged) - recorded);
        Interlocked.Add(ref _deadLettered, outcomes.Count(o => o.Result == DeliveryResult.DeadLettered));
    }
}
