using System.Diagnostics;
using System.Text.Json;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Portal;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace TthcFlow.LoadTest;

/// <summary>One province replay from an empty store to its summary, report and invariants.</summary>
public static class LoadRun
{
    /// <summary>Replays, checks and reports; <paramref name="stop"/> (Ctrl+C) ends the replay after the day in progress and reports the days replayed.</summary>
    public static async Task<(LoadSummary Summary, ProvinceFindings Findings)> RunAsync(LoadOptions options, TextWriter? progressOut = null, CancellationToken stop = default)
    {
        Directory.CreateDirectory(options.Output);
        if (options.Store is null)
            foreach (var file in new[] { "province.db", "province.db-wal", "province.db-shm" })
                File.Delete(Path.Combine(options.Output, file));
        var start = new DateTimeOffset(options.FirstDay.ToDateTime(new TimeOnly(0, 0)), TimeSpan.FromHours(7));
        var portal = new InProcessPortal();
        await using var host = await ProvinceHost.StartAsync(options, start, portal);
        var workflows = host.Get<TthcFlow.Engine.Hosting.WorkflowsFolder>().Path;
        await using var days = new StreamWriter(Path.Combine(options.Output, "days.csv")) { AutoFlush = true };
        await days.WriteLineAsync(DayFigures.CsvHeader);
        var replay = new ProvinceReplay(host, options, ProcedureMix.Load(workflows)) { DayEnded = day => days.WriteLine(day.ToCsv()) };
        var wall = Stopwatch.StartNew();
        double peak = 0;
        var bar = progressOut is null ? null : new ProgressBar(progressOut);
        await replay.RunAsync(new Progress<(int Day, int Days)>(p =>
        {
            peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64 / 1048576.0);
            bar?.Show(p.Day, p.Days, replay.Filed, replay.Commands);
        }), stop);
        // The dispatcher ran beside the replay; what it had not sent yet when the year ended goes now.
        var dispatcher = host.Get<PortalDispatcher>();
        var drain = Stopwatch.StartNew();
        await dispatcher.StopAsync(CancellationToken.None);
        await dispatcher.DispatchDueAsync();
        drain.Stop();
        wall.Stop();
        bar?.Done();
        var now = host.Get<EngineClock>().Time.GetUtcNow();
        var findings = await ProvinceFindings.ReadAsync(host.Get<IDbContextFactory<EngineDbContext>>(), replay.Submitted, now, host.Get<OrganisationModel>(), options.Portal ? portal : null);
        var reports = await ProvinceReports.RunAsync(host.Get<ReportService>(), host.Get<OrganisationModel>(), start, now);
        var pipeline = host.Get<CommitPipeline>().Statistics;
        var scheduler = host.Get<TimerScheduler>().Statistics;
        peak = Math.Max(peak, Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0);
        var storeOptions = host.Get<StoreOptions>();
        long bytes = StoreBytes(storeOptions);
        double? floor = null;
        long? floorRows = null;
        if (storeOptions.Provider == StoreProvider.Sqlite && pipeline.Rows > 0)
            (floor, floorRows) = RawInsertFloor.Measure(options.Output, pipeline.Rows, (int)Math.Max(16, bytes / Math.Max(1, findings.StoreRows)));
        long? liveBytes = LiveBytes(host.Get<IDbContextFactory<EngineDbContext>>());
        double seconds = wall.Elapsed.TotalSeconds;
        var violations = findings.Violations.ToList();
        if (replay.Errors > 0)
            violations.Add($"{replay.Errors} commands refused unexpectedly, e.g. {string.Join(" | ", replay.ErrorSamples.Take(3))}");
        var summary = new LoadSummary
        {
            Dossiers = findings.Dossiers,
            DossiersPerYear = options.DossiersPerYear,
            Days = replay.Days.Count,
            Communes = options.Communes,
            Seed = options.Seed,
            Store = storeOptions.Provider.ToString(),
            Transitions = findings.Transitions,
            Commands = replay.Commands,
            TimersFired = scheduler.Fired,
            WallSeconds = Math.Round(seconds, 2),
            TransitionsPerSecond = Math.Round(findings.Transitions / seconds, 1),
            OnTimeRate = Math.Round(findings.OnTimeRate, 4),
            Finished = findings.Finished,
            Overdue = findings.Overdue,
            Apologies = findings.Apologies,
            ApologiesIssued = findings.ApologiesIssued,
            LostDossiers = findings.LostDossiers + findings.MissingFilings,
            OverdueWithoutApology = findings.OverdueWithoutApology,
            MissingOutbox = findings.MissingOutbox,
            PortalAcknowledged = dispatcher.Statistics.Acknowledged,
            PortalDuplicates = portal.Duplicates,
            PortalDrainSeconds = options.Portal ? Math.Round(drain.Elapsed.TotalSeconds, 2) : null,
            StoreBytesPerDossier = findings.Dossiers == 0 ? 0 : bytes / findings.Dossiers,
            ExpectedRefusals = replay.ExpectedRefusals,
            Errors = replay.Errors,
            ProcedureErrors = replay.ProcedureErrors,
            ProcedureErrorMessages = [.. replay.ProcedureErrorMessages],
            FiledElsewhere = replay.FiledElsewhere,
            PeakMemoryMb = Math.Round(peak, 1),
            PipelineRows = pipeline.Rows,
            PipelineBatches = pipeline.Batches,
            WalEmptied = pipeline.WalEmptied,
            StoreBytes = bytes,
            RawInsertFloorSeconds = floor is { } f ? Math.Round(f, 2) : null,
            RatioToRawFloor = floor is { } g && g > 0 ? Math.Round(seconds / g, 2) : null,
            RawInsertFloorRowsTimed = floorRows,
            StoreLiveBytesPerDossier = liveBytes is { } live && findings.Dossiers > 0 ? live / findings.Dossiers : null,
            WriterSeconds = new Dictionary<string, double>
            {
                ["load"] = Math.Round(pipeline.Load.TotalSeconds, 1),
                ["apply"] = Math.Round(pipeline.Apply.TotalSeconds, 1),
                ["write"] = Math.Round(pipeline.Write.TotalSeconds, 1),
                ["commit"] = Math.Round(pipeline.Commit.TotalSeconds, 1),
            },
            InvariantsHold = violations.Count == 0,
            Violations = violations,
            ErrorSamples = replay.ErrorSamples,
            FiledByProcedure = replay.FiledByProcedure,
            Reports = reports,
        };
        await File.WriteAllTextAsync(Path.Combine(options.Output, "summary.json"), JsonSerializer.Serialize(summary, LoadSummary.Json));
        await File.WriteAllTextAsync(Path.Combine(options.Output, "report.html"), HtmlReport.Render(summary, replay.Days, findings));
        return (summary, findings);
    }

    /// <summary>SQLite: (pages − free pages) × page size; null on PostgreSQL.</summary>
    private static long? LiveBytes(IDbContextFactory<EngineDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        if (db.Database.GetDbConnection() is not Microsoft.Data.Sqlite.SqliteConnection)
            return null;
        return db.Database.SqlQueryRaw<long>(
            "SELECT (p.page_count - f.freelist_count) * s.page_size AS \"Value\" FROM pragma_page_count() p, pragma_freelist_count() f, pragma_page_size() s")
            .AsEnumerable().Single();
    }

    private static long StoreBytes(StoreOptions store)
    {
        if (store.Provider != StoreProvider.Sqlite)
            return 0;
        string file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        return new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
    }
}
