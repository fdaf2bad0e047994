using System.Text.Json;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Portal;

/// <summary>
/// The <c>portal</c> verb, for an administrator at the server's console:
/// <c>portal dead-letters [--limit N]</c> lists the dead letters; <c>portal requeue (--id N | --dossier CODE | --all)</c>
/// puts them back in the queue (a running dispatcher picks them up); <c>portal report --from I --to I [--scope …] [--code …]</c>
/// prints the reconciliation report as JSON. Each takes <c>--store CONNECTION</c> (default: the server's SQLite file).
/// </summary>
public static class PortalCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("dead-letters" or "requeue" or "report"))
            return await Fail("portal: cần một lệnh / a sub-command is required: dead-letters, requeue, report.");
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                return await Fail($"portal: tùy chọn không hợp lệ / unexpected argument '{args[i]}'.");
            bool flag = i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i][2..]] = flag ? "" : args[++i];
        }
        var contexts = new ReportCommand.StoreContexts(StoreOptions.From(options.GetValueOrDefault("store")));
        var outbox = new PortalOutbox(contexts, TimeProvider.System);
        switch (args[0])
        {
            case "dead-letters":
                int limit = 100;
                if (options.TryGetValue("limit", out var l) && (!int.TryParse(l, out limit) || limit < 1))
                    return await Fail("portal: --limit phải là số dương / must be a positive number.");
                return await Print(await outbox.DeadLettersAsync(limit, CancellationToken.None));
            case "requeue":
                long? id = null;
                if (options.TryGetValue("id", out var text))
                {
                    if (!long.TryParse(text, out var parsed) || parsed <= 0)
                        return await Fail("portal: --id phải là số dương / must be a positive number.");
                    id = parsed;
                }
                string? dossier = options.TryGetValue("dossier", out var code) && code.Length > 0 ? code : null;
                if (id is null && dossier is null && !options.ContainsKey("all"))
                    return await Fail("portal requeue: cần --id, --dossier hoặc --all / needs --id, --dossier or --all.");
                return await Print(new RequeueResult(await outbox.RequeueAsync(id, dossier, CancellationToken.None)));
            default:
                return await ReportAsync(contexts, options);
        }
    }

    private static async Task<int> ReportAsync(ReportCommand.StoreContexts contexts, Dictionary<string, string> options)
    {
        if (!ReportCommand.TryInstant(options, "from", out var from) || !ReportCommand.TryInstant(options, "to", out var to) || to <= from)
            return await Fail("portal report: --from và --to phải là thời điểm ISO 8601, --to sau --from / --from and --to must be ISO 8601 instants, --to after --from.");
        var scopeKind = ScopeKind.Province;
        if (options.TryGetValue("scope", out var s) && (!Enum.TryParse(s, true, out scopeKind) || !Enum.IsDefined(scopeKind)))
            return await Fail($"portal report: --scope phải là / must be {string.Join(", ", Enum.GetNames<ScopeKind>())}.");
        var reference = ReferenceData.Load(new WorkflowsFolder(options.GetValueOrDefault("workflows") ?? "workflows"));
        var (scope, _, error) = ReportScope.Resolve(reference.Organisation, scopeKind, options.GetValueOrDefault("code"));
        if (scope is null)
            return await Fail($"portal report: {error}");
        var report = new PortalSyncReport(contexts, reference.Organisation, TimeProvider.System);
        return await Print(await report.RunAsync(new ReportPeriod(from, to, scope)));
    }

    private static async Task<int> Print<T>(T value)
    {
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(value, Json));
        return 0;
    }

    private static async Task<int> Fail(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 2;
    }
}
