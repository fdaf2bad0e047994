using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Hosting;
using TthcFlow.Engine.Tests.Persistence;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Reports;

/// <summary>A migrated store of its own holding <see cref="ReportData"/>, with the repository's organisation and calendar, and the report queries over it.</summary>
public sealed class ReportWorld : IAsyncDisposable
{
    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.Load(new WorkflowsFolder(RepoPaths.Workflows)));

    public ReportWorld(StoreProvider provider = StoreProvider.Sqlite)
    {
        Store = TestStore.Create(provider);
        Contexts = new ContextFactory(Store.ContextOptions());
        using var db = Contexts.CreateDbContext();
        db.Database.Migrate();
        ReportData.Seed(db, Organisation);
        Reports = new ReportService(new ServiceQualityQuery(Contexts, Organisation, new Index766Thresholds()), new DelayReport(Contexts, Organisation),
            new ApologyList(Contexts, Organisation), new Logbook(Contexts, Organisation), new StepAnalytics(Contexts, Reference.Value.Calendar));
    }

    public TestStore Store { get; }
    public IDbContextFactory<EngineDbContext> Contexts { get; }
    public OrganisationModel Organisation => Reference.Value.Organisation;
    public ReportService Reports { get; }

    /// <summary>March 2026 over a scope.</summary>
    public ReportPeriod March(ScopeKind kind, string? code)
    {
        var (scope, _, error) = ReportScope.Resolve(Organisation, kind, code);
        Assert.True(scope is not null, error);
        return new ReportPeriod(ReportData.From, ReportData.To, scope);
    }

    public async Task<T> RunAsync<T>(ReportKind kind, ReportPeriod period) => (T)(await Reports.RunAsync(kind, period)).Result;

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
