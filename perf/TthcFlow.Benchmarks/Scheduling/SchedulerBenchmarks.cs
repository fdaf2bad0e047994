using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TthcFlow.Benchmarks.Scheduling;

/// <summary>
/// Schedule and fire one-off timers: the engine's durable scheduler on SQLite (WAL,
/// synchronous=FULL) beside Quartz.NET 4.7.3's in-memory store and its ADO.NET store on SQLite, in
/// one run. An operation is one timer: written, found due, fired, and (where durable) removed.
/// Bursts of 100,000 due at once, alone and among 900,000 pending far ahead (1 M pending); Quartz's
/// ADO.NET store gets 5,000 per invocation (100,000 would take several minutes per invocation), which the
/// per-timer figures make comparable. <see cref="EngineFiringIntoDossiers"/> fires timers whose
/// effect is a dossier's next step, through the write pipeline.
/// </summary>
[Config(typeof(Config))]
public class SchedulerBenchmarks
{
    public const int Burst = 100_000, AdoBurst = 5_000, Pending = 900_000, DossierBurst = 20_000;
    private EngineSchedulerRun? _engine;
    private QuartzRun? _quartz;
    private DossierTimerRun? _dossiers;

    [GlobalSetup(Targets = [nameof(Engine)])]
    public void EngineSetup() => _engine = new EngineSchedulerRun(0);

    [GlobalSetup(Targets = [nameof(EngineAmong1MPending)])]
    public void EnginePendingSetup() => _engine = new EngineSchedulerRun(Pending);

    [GlobalSetup(Targets = [nameof(QuartzRam)])]
    public void RamSetup() => _quartz = QuartzRun.InMemoryAsync(0).GetAwaiter().GetResult();

    [GlobalSetup(Targets = [nameof(QuartzRamAmong1MPending)])]
    public void RamPendingSetup() => _quartz = QuartzRun.InMemoryAsync(Pending).GetAwaiter().GetResult();

    [GlobalSetup(Targets = [nameof(QuartzAdoSqlite)])]
    public void AdoSetup() => _quartz = QuartzRun.SqliteAsync(0).GetAwaiter().GetResult();

    [GlobalSetup(Targets = [nameof(EngineFiringIntoDossiers)])]
    public void DossiersSetup() => _dossiers = new DossierTimerRun();

    [IterationSetup(Targets = [nameof(EngineFiringIntoDossiers)])]
    public void DossiersWaiting() => _dossiers!.PrepareAsync(DossierBurst).GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Burst)]
    public void Engine() => _engine!.ScheduleAndFireAsync(Burst).GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Burst)]
    public void EngineAmong1MPending() => _engine!.ScheduleAndFireAsync(Burst).GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Burst)]
    public void QuartzRam() => _quartz!.ScheduleAndFireAsync(Burst).GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Burst)]
    public void QuartzRamAmong1MPending() => _quartz!.ScheduleAndFireAsync(Burst).GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = AdoBurst)]
    public void QuartzAdoSqlite() => _quartz!.ScheduleAndFireAsync(AdoBurst).GetAwaiter().GetResult();

    /// <summary>Each fire resumes a dossier's workflow and commits its change (the effect the engine exists for).</summary>
    [Benchmark(OperationsPerInvoke = DossierBurst)]
    public void EngineFiringIntoDossiers() => _dossiers!.FireAsync(DossierBurst).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_dossiers is not null)
        {
            Console.WriteLine($"// Scheduler into dossiers: {_dossiers.Scheduler.Statistics}");
            _dossiers.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _dossiers = null;
        }
        if (_engine is not null)
        {
            Console.WriteLine($"// Scheduler: {_engine.Scheduler.Statistics}");
            _engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        _quartz?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        (_engine, _quartz) = (null, null);
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(15), logOutput: true))
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithWarmupCount(1).WithIterationCount(5));
    }
}
