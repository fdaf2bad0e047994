using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Reports;

/// <summary>
/// The <c>report</c> verb: <c>report &lt;kind&gt; --from INSTANT --to INSTANT [--scope Province|Commune|Agency]
/// [--code CODE] [--format csv|xlsx|json] [--out FILE] [--store CONNECTION] [--workflows FOLDER]</c>. Reads the
/// store (no migration, no write); prints CSV or JSON to standard output or writes the file.
/// </summary>
public static class ReportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Enum.TryParse<ReportKind>(args[0], true, out var kind) || !Enum.IsDefined(kind))
            return await Fail($"report: cần loại báo cáo / a report kind is required ({string.Join(", ", Enum.GetNames<ReportKind>())}).");
        var options = Options(args[1..]);
        if (options is null)
            return await Fail("report: tùy chọn không hợp lệ / options are '--name value'.");
        if (!TryInstant(options, "from", out var from) || !TryInstant(options, "to", out var to) || to <= from)
            return await Fail("report: --from và --to phải là thời điểm ISO 8601, --to sau --from / --from and --to must be ISO 8601 instants, --to after --from.");
        var scopeKind = ScopeKind.Province;
        if (options.TryGetValue("scope", out var s) && (!Enum.TryParse(s, true, out scopeKind) || !Enum.IsDefined(scopeKind)))
            return await Fail($"report: --scope phải là / must be {string.Join(", ", Enum.GetNames<ScopeKind>())}.");
        var format = ReportFormat.Csv;
        if (options.TryGetValue("format", out var f) && (!Enum.TryParse(f, true, out format) || !Enum.IsDefined(format)))
            return await Fail("report: --format phải là / must be csv, xlsx, json.");
        if (format == ReportFormat.Xlsx && !options.ContainsKey("out"))
            return await Fail("report: --format xlsx cần --out FILE / needs --out FILE.");

        var reference = ReferenceData.Load(new WorkflowsFolder(options.GetValueOrDefault("workflows") ?? "workflows"));
        var (scope, _, error) = ReportScope.Resolve(reference.Organisation, scopeKind, options.GetValueOrDefault("code"));
        if (scope is null)
            return await Fail($"report: {error}");
        var store = StoreOptions.From(options.GetValueOrDefault("store"));
        var contexts = new StoreContexts(store);
        var service = new ReportService(new ServiceQualityQuery(contexts, reference.Organisation, new Index766Thresholds()), new DelayReport(contexts, reference.Organisation),
            new ApologyList(contexts, reference.Organisation), new Logbook(contexts, reference.Organisation), new StepAnalytics(contexts, reference.Calendar));
        var period = new ReportPeriod(from, to, scope).AsOf(TimeProvider.System.GetUtcNow());
        var (result, table) = await service.RunAsync(kind, period);
        byte[] bytes = format switch
        {
            ReportFormat.Xlsx => table.ToExcel(),
            ReportFormat.Json => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(result, result.GetType(), JsonOptions),
            _ => table.ToCsv(),
        };
        if (options.TryGetValue("out", out var file))
            await File.WriteAllBytesAsync(file, bytes);
        else
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(bytes);
        }
        return 0;
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static Dictionary<string, string>? Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                return null;
            options[args[i][2..]] = args[i + 1];
        }
        return options;
    }

    internal static bool TryInstant(Dictionary<string, string> options, string name, out DateTimeOffset instant)
    {
        instant = default;
        return options.TryGetValue(name, out var text) && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out instant);
    }

    private static async Task<int> Fail(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 2;
    }

    /// <summary>Contexts over a store's options, for the command line (no host).</summary>
    internal sealed class StoreContexts(StoreOptions store) : IDbContextFactory<EngineDbContext>
    {
        public EngineDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<EngineDbContext>();
            options.UseEngineStore(store);
            return new EngineDbContext(options.Options);
        }
    }
}
