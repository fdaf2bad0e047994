using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Benchmarks.Persistence;

/// <summary>
/// Durable step transitions per second through the write pipeline (many concurrent callers taking
/// birth registrations through their life, SQLite WAL + synchronous=FULL) beside raw SQLite batched
/// inserts of the same rows in 1,000-row transactions (bound through ADO.NET's named parameters,
/// and through SQLite's native statements bound by position), in the same run. An operation is one
/// transition; for the raw baseline, inserting the rows one transition writes (a life's rows ÷ 4).
/// So the ratio column is engine time ÷ raw time for the same rows, and engine rows/s ÷ raw rows/s
/// is its inverse. The pipeline's own breakdown (load, apply, write, commit) is printed at the end.
/// </summary>
[Config(typeof(Config))]
public class StepTransitionBenchmarks
{
    public const int Transitions = 40_000;
    private TransitionWorkload _engine = null!;
    private RawInserts _raw = null!, _rawNative = null!;
    private string _rawPath = null!, _rawNativePath = null!;

    [Params(2_000)]
    public int Callers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = new TransitionWorkload(Callers);
        _engine.RunAsync(1).GetAwaiter().GetResult();
        _rawPath = Path.Combine(Path.GetTempPath(), $"tthcflow-raw-{Guid.NewGuid():N}.db");
        _raw = new RawInserts(_engine.DatabasePath, _rawPath);
        _rawNativePath = Path.Combine(Path.GetTempPath(), $"tthcflow-raw-{Guid.NewGuid():N}.db");
        _rawNative = new RawInserts(_engine.DatabasePath, _rawNativePath, native: true);
    }

    [Benchmark(OperationsPerInvoke = Transitions)]
    public void Engine() => _engine.RunAsync(Transitions / TransitionWorkload.TransitionsPerDossier / Callers).GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Transitions)]
    public void RawBatchedInserts() => _raw.Insert(Transitions / TransitionWorkload.TransitionsPerDossier * _raw.RowsPerLife);

    [Benchmark(OperationsPerInvoke = Transitions)]
    public void RawNativeBatchedInserts() => _rawNative.Insert(Transitions / TransitionWorkload.TransitionsPerDossier * _rawNative.RowsPerLife);

    [GlobalCleanup]
    public void Cleanup()
    {
        _engine.Report(_raw.RowsPerLife);
        _engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _raw.Dispose();
        _rawNative.Dispose();
        foreach (var path in (string[])[_rawPath, _rawNativePath])
        {
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
                File.Delete(file);
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true))
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithWarmupCount(1).WithIterationCount(5));
    }
}
