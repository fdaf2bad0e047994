using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Hosting;
using TthcFlow.Engine.Tests.Storage;
using TthcFlow.LoadTest;

namespace TthcFlow.Engine.Tests.LoadTest;

/// <summary>
/// A tiny province replayed once for the tests of this class: about 300 dossiers filed over the
/// working week of Monday 2 to Sunday 8 March 2026 in 12 communes, on an SQLite file of its own.
/// </summary>
public sealed class TinyProvince : IAsyncLifetime
{
    public static readonly DateOnly Monday = new(2026, 3, 2);

    public TestStore Store { get; } = TestStore.Create(StoreProvider.Sqlite);
    public string Output { get; } = Directory.CreateTempSubdirectory("tthcflow-load-").FullName;
    public LoadOptions Options { get; private set; } = new();
    public LoadSummary Summary { get; private set; } = null!;
    public ProvinceFindings Findings { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Options = new LoadOptions
        {
            DossiersPerYear = 15_000, Communes = 12, Seed = 7, Days = 7, FirstDay = Monday,
            Store = Store.ConnectionString, Output = Output, Workflows = RepoPaths.Workflows, Progress = false,
        };
        (Summary, Findings) = await LoadRun.RunAsync(Options);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(Output, recursive: true);
    }
}
