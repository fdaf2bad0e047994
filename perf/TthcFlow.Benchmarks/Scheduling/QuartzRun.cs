using Microsoft.Data.Sqlite;
using Quartz;

namespace TthcFlow.Benchmarks.Scheduling;

/// <summary>
/// Quartz.NET 4 on the real clock, with its in-memory store or its ADO.NET store on an SQLite file
/// (Microsoft.Data.Sqlite, WAL, synchronous=FULL — SQLite's default — schema provisioned by
/// Quartz). One-off jobs with a trigger due now, scheduled in one call, fired by a counting job.
/// </summary>
internal sealed class QuartzRun : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly IScheduler _scheduler;
    private long _next;

    private QuartzRun(IScheduler scheduler, string? folder) => (_scheduler, _folder) = (scheduler, folder);

    public static async Task<QuartzRun> InMemoryAsync(int pendingFarAhead)
    {
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            Tuned(q, "ram");
            q.UseInMemoryStore();
        }).BuildScheduler();
        return await StartedAsync(new QuartzRun(scheduler, null), pendingFarAhead);
    }

    public static async Task<QuartzRun> SqliteAsync(int pendingFarAhead)
    {
        var folder = Directory.CreateTempSubdirectory("tthcflow-quartz-").FullName;
        var file = Path.Combine(folder, "quartz.db");
        using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            connection.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
        }
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            Tuned(q, "ado");
            q.UsePersistentStore(s =>
            {
                s.UseSqlite($"Data Source={file}");
                s.ProvisionSchema();
            });
        }).BuildScheduler();
        return await StartedAsync(new QuartzRun(scheduler, folder), pendingFarAhead);
    }

    /// <summary>Quartz's throughput settings: a thread per job in flight, triggers acquired in batches of as many.</summary>
    private static void Tuned(IQuartzBuilder q, string name)
    {
        const int Threads = 16;
        q.UseDefaultThreadPool(Threads);
        q.ConfigureScheduler(o =>
        {
            o.InstanceName = $"{name}-{Guid.NewGuid():N}";
            o.MaxBatchSize = Threads;
        });
    }

    private static async Task<QuartzRun> StartedAsync(QuartzRun run, int pendingFarAhead)
    {
        await run._scheduler.Start();
        if (pendingFarAhead > 0)
            await run.ScheduleAsync(pendingFarAhead, DateTimeOffset.UtcNow.AddDays(365));
        return run;
    }

    /// <summary>Schedules <paramref name="count"/> one-off jobs due now and waits until every one has run.</summary>
    public async Task ScheduleAndFireAsync(int count)
    {
        var fired = FireCounter.Expect(count);
        await ScheduleAsync(count, DateTimeOffset.UtcNow);
        await fired.WaitAsync(TimeSpan.FromMinutes(5));
    }

    private async Task ScheduleAsync(int count, DateTimeOffset due)
    {
        for (int done = 0; done < count;)
        {
            int chunk = Math.Min(4_096, count - done);
            var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>(chunk);
            for (int i = 0; i < chunk; i++)
            {
                long n = Interlocked.Increment(ref _next);
                var job = JobBuilder.Create<CountingJob>().WithIdentity($"job-{n}").Build();
                jobs[job] = [TriggerBuilder.Create().WithIdentity($"trigger-{n}").StartAt(due).Build()];
            }
            await _scheduler.ScheduleJobs(jobs, default);
            done += chunk;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _scheduler.Shutdown(waitForJobsToComplete: true);
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The job every trigger runs: it counts.</summary>
    public sealed class CountingJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            FireCounter.Fired();
            return ValueTask.CompletedTask;
        }
    }
}
