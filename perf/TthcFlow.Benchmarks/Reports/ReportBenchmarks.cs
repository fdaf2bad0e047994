using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Benchmarks.Reports;

/// <summary>
/// Each report for a province-wide month (March 2026) on a province-year store (<see cref="ProvinceYear"/>,
/// 600,000 dossiers by default; <c>TTHCFLOW_REPORT_DOSSIERS</c> changes it). The store is built once
/// into the temporary folder and reused by later runs (delete <c>tthcflow-report-year-*.db</c> to rebuild).
/// Target: ≤ 2 s per report.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private ReportService _reports = null!;
    private ReportPeriod _month = null!;

    [GlobalSetup]
    public void Setup()
    {
        int dossiers = int.TryParse(Environment.GetEnvironmentVariable("TTHCFLOW_REPORT_DOSSIERS"), out var n) ? n : 600_000;
        var reference = ReferenceData.Load(new WorkflowsFolder(RepositoryWorkflows()));
        string path = Path.Combine(Path.GetTempPath(), $"tthcflow-report-year-{dossiers}.db");
        if (!File.Exists(path))
            ProvinceYear.Create(path, reference.Organisation, dossiers);
        var contexts = new Contexts(StoreOptions.From($"Data Source={path}"));
        _reports = new ReportService(new ServiceQualityQuery(contexts, reference.Organisation, new Index766Thresholds()),
            new DelayReport(contexts, reference.Organisation), new ApologyList(contexts, reference.Organisation),
            new Logbook(contexts, reference.Organisation), new StepAnalytics(contexts, reference.Calendar));
        var offset = TimeSpan.FromHours(7);
        _month = new ReportPeriod(new DateTimeOffset(2026, 3, 1, 0, 0, 0, offset), new DateTimeOffset(2026, 4, 1, 0, 0, 0, offset), ReportScope.Province(reference.Organisation));
    }

    [Benchmark]
    public Task<int> Summary() => Run(ReportKind.Summary);

    [Benchmark]
    public Task<int> Delays() => Run(ReportKind.Delays);

    [Benchmark]
    public Task<int> Logbook() => Run(ReportKind.Logbook);

    [Benchmark]
    public Task<int> Review() => Run(ReportKind.Review);

    private async Task<int> Run(ReportKind kind) => (await _reports.RunAsync(kind, _month)).Table.Rows.Count;

    internal static string RepositoryWorkflows()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TthcFlow.sln")))
                return Path.Combine(folder.FullName, "workflows");
        }
        throw new InvalidOperationException($"No TthcFlow.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Contexts over one set of options, built once as the server's factory does (new options per context rebuild EF's services and model).</summary>
    internal sealed class Contexts : IDbContextFactory<EngineDbContext>
    {
        private readonly DbContextOptions<EngineDbContext> _options;

        public Contexts(StoreOptions store)
        {
            var builder = new DbContextOptionsBuilder<EngineDbContext>();
            builder.UseEngineStore(store);
            _options = builder.Options;
        }

        public EngineDbContext CreateDbContext() => new(_options);
    }
}
