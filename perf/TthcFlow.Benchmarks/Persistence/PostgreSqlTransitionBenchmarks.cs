using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Npgsql;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Benchmarks.Persistence;

/// <summary>
/// <see cref="StepTransitionBenchmarks"/> on PostgreSQL: durable step transitions per second through
/// the write pipeline on a PostgreSQL database (server defaults: fsync and synchronous_commit on),
/// beside raw batched inserts of the same rows (one NpgsqlBatch per 1,000-row transaction) in the
/// same run. An operation is one transition. The server is named by TTHCFLOW_BENCH_POSTGRES (a
/// connection string to a database from which databases may be created; each run makes two and
/// drops them).
/// </summary>
[Config(typeof(Config))]
public class PostgreSqlTransitionBenchmarks
{
    private TransitionWorkload _engine = null!;
    private PostgreSqlRawInserts _raw = null!;
    private readonly List<string> _databases = [];

    [Params(2_000)]
    public int Callers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var engine = CreateDatabase();
        _engine = new TransitionWorkload(Callers, store: StoreOptions.From(engine));
        _engine.RunAsync(1).GetAwaiter().GetResult();
        _raw = new PostgreSqlRawInserts(engine, CreateDatabase());
    }

    [Benchmark(OperationsPerInvoke = StepTransitionBenchmarks.Transitions)]
    public void Engine() => _engine.RunAsync(StepTransitionBenchmarks.Transitions / TransitionWorkload.TransitionsPerDossier / Callers).GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = StepTransitionBenchmarks.Transitions)]
    public void RawBatchedInserts() => _raw.Insert(StepTransitionBenchmarks.Transitions / TransitionWorkload.TransitionsPerDossier * _raw.RowsPerLife);

    [GlobalCleanup]
    public void Cleanup()
    {
        _engine.Report(_raw.RowsPerLife);
        _engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _raw.Dispose();
        NpgsqlConnection.ClearAllPools();
        using var server = new NpgsqlConnection(Server);
        server.Open();
        foreach (var name in _databases)
        {
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", server);
            drop.ExecuteNonQuery();
        }
    }

    private static string Server => Environment.GetEnvironmentVariable("TTHCFLOW_BENCH_POSTGRES") is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException("Set TTHCFLOW_BENCH_POSTGRES to a PostgreSQL connection string (see perf/README.md).");

    private string CreateDatabase()
    {
        var name = $"tthcflow_bench_{Guid.NewGuid():N}";
        using (var server = new NpgsqlConnection(Server))
        {
            server.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            create.ExecuteNonQuery();
        }
        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true))
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithWarmupCount(1).WithIterationCount(5));
    }
}
