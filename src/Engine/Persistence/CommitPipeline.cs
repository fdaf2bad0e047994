using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Persistence;

/// <summary>Tuning of the write pipeline, section <c>TthcFlow:Pipeline</c>.</summary>
public sealed record PipelineOptions
{
    public const string Section = "TthcFlow:Pipeline";

    /// <summary>Most commands one transaction carries.</summary>
    public int MaxBatchSize { get; init; } = 1024;

    /// <summary>Commands that may wait in the queue before callers are held back.</summary>
    public int QueueCapacity { get; init; } = 65_536;

    /// <summary>Committed dossiers kept in the writer's memory.</summary>
    public int CacheCapacity { get; init; } = 100_000;

    /// <summary>Runs of a batch that keeps meeting rows changed by another node, before it is split.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>SQLite: the size, in MB, past which the writer empties the write-ahead log after a commit (see <see cref="WalLimit"/>).</summary>
    public int WalLimitMb { get; init; } = 256;

    /// <summary>
    /// SQLite: the writer connection's page cache, in MB (taken as pages are touched). Pages it
    /// cannot keep are read back from the write-ahead log or the file at the next batch that touches them.
    /// </summary>
    public int WriterCacheMb { get; init; } = 512;

    /// <summary>Reads the section (defaults where a setting is absent); throws <see cref="ArgumentException"/> naming a setting below 1.</summary>
    public static PipelineOptions From(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<PipelineOptions>() ?? new PipelineOptions();
        foreach (var (name, value) in new[] { ("MaxBatchSize", options.MaxBatchSize), ("QueueCapacity", options.QueueCapacity),
                     ("CacheCapacity", options.CacheCapacity), ("MaxAttempts", options.MaxAttempts), ("WalLimitMb", options.WalLimitMb),
                     ("WriterCacheMb", options.WriterCacheMb) })
        {
            if (value < 1)
                throw new ArgumentException($"{Section}:{name} must be at least 1, not {value}.");
        }
        return options;
    }
}

/// <summary>
/// Đường ghi duy nhất — the one write path of a store. Callers hand in commands; a single writer
/// loop drains them in batches, applies each to its dossier's state (commands are pure: new state,
/// or a refusal that discards only that command), writes the whole batch in one transaction on a
/// lean ADO.NET path, commits, and only then answers each caller. SQLite runs WAL with
/// synchronous=FULL, so an answer means the change is on disk; group commit makes that affordable.
/// </summary>
public sealed class CommitPipeline : IAsyncDisposable
{
    private readonly Channel<PendingCommand> _queue;
    private readonly IDbContextFactory<EngineDbContext> _contexts;
    private readonly DossierEnvironment _environment;
    private readonly TimeProvider _time;
    private readonly PipelineOptions _options;
    private readonly ILogger _logger;
    private Task? _loop;
    private Action<IReadOnlyList<DossierTimer>>[] _armedObservers = [];

    public CommitPipeline(
        IDbContextFactory<EngineDbContext> contexts, DossierEnvironment environment, TimeProvider time,
        PipelineOptions? options = null, ILogger<CommitPipeline>? logger = null)
    {
        (_contexts, _environment, _time) = (contexts, environment, time);
        _options = options ?? new PipelineOptions();
        _logger = logger ?? NullLogger<CommitPipeline>.Instance;
        _queue = Channel.CreateBounded<PendingCommand>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public PipelineStatistics Statistics { get; } = new();

    /// <summary>
    /// Queues a command and completes when its batch has committed (or it was refused). Commands
    /// may be queued before <see cref="Start"/>. Cancelling stops the wait, not the command.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pipeline has stopped.</exception>
    public Task<CommandResult> ExecuteAsync(DossierCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var pending = new PendingCommand(command);
        return _queue.Writer.TryWrite(pending)
            ? pending.Completion.WaitAsync(cancellationToken)
            : EnqueueSlowlyAsync(pending, cancellationToken);
    }

    /// <summary>Opens the writer (its connection, prepared commands) and starts the loop on a thread of its own.</summary>
    public void Start()
    {
        if (_loop is not null)
            throw new InvalidOperationException("The pipeline has already started.");
        var session = new WriterSession(_contexts.CreateDbContext(), _environment, _time, _options, Statistics, NotifyArmed);
        _loop = Task.Factory.StartNew(() => Run(session), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Stops taking commands, finishes every queued one, and closes the writer.</summary>
    public async Task StopAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
            return;
        }
        while (_queue.Reader.TryRead(out var never))
            never.Fail(new InvalidOperationException("The write pipeline stopped before it started; the command was not run."));
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>
    /// Tells <paramref name="observer"/> of the timer rows each batch armed, right after that batch
    /// committed (on the writer's thread: the observer must only take note, e.g. queue them, and
    /// copy the list, which the writer reuses). The scheduler learns of near-term timers this way
    /// without reading them back. May be called at any time; batches committed before are not replayed.
    /// </summary>
    public void ObserveArmedTimers(Action<IReadOnlyList<DossierTimer>> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_queue)
            _armedObservers = [.. _armedObservers, observer];
    }

    private void NotifyArmed(IReadOnlyList<DossierTimer> armed)
    {
        foreach (var observer in Volatile.Read(ref _armedObservers))
        {
            try
            {
                observer(armed);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "An observer of armed timers failed; {Count} timers stay in the store only", armed.Count);
            }
        }
    }

    /// <summary>
    /// The writer loop. It blocks its own thread while the queue is empty, so a waking writer never
    /// queues behind the callers' continuations on the thread pool.
    /// </summary>
    private void Run(WriterSession session)
    {
        using (session)
        {
            var batch = new List<PendingCommand>(_options.MaxBatchSize);
            var reader = _queue.Reader;
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var pending))
                    batch.Add(pending);
                try
                {
                    session.Run(batch);
                }
                catch (Exception e)
                {
                    _logger.LogError(e, "A write batch of {Count} commands failed", batch.Count);
                    foreach (var pending in batch)
                        pending.Fail(e);
                }
                batch.Clear();
            }
        }
    }

    private async Task<CommandResult> EnqueueSlowlyAsync(PendingCommand pending, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException("The write pipeline has stopped; the command was not run.");
        }
        return await pending.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
