using TthcFlow.Engine.Cli;
using TthcFlow.Engine.Portal;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Scheduling;

namespace TthcFlow.Engine.Hosting;

/// <summary>
/// The executable's verbs. <c>serve</c> is the default; arguments that start with <c>--</c>
/// (such as <c>--urls</c>) go to the server's configuration as ASP.NET Core reads them.
/// </summary>
public static class EngineCommandLine
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["serve"] = ServeAsync,
        ["validate"] = ValidateCommand.RunAsync,
        ["run"] = RunCommand.RunAsync,
        ["report"] = ReportCommand.RunAsync,
        ["portal"] = PortalCommand.RunAsync,
        ["verify-audit"] = VerifyAuditCommand.RunAsync,
        ["help"] = _ => Task.FromResult(PrintHelp()),
        ["--help"] = _ => Task.FromResult(PrintHelp()),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) && args[0] != "--help")
            return await ServeAsync(args);
        if (Verbs.TryGetValue(args[0], out var verb))
            return await verb(args[1..]);
        await Console.Error.WriteLineAsync($"Lệnh không xác định / unknown verb: '{args[0]}'.");
        PrintHelp();
        return 2;
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        try
        {
            EngineClock.From(OptionValue(args, EngineClock.ModeKey), OptionValue(args, EngineClock.StartKey), TimeProvider.System);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        var app = EngineApp.Build(args);
        await app.RunAsync();
        return 0;
    }

    /// <summary>The value of <c>--name value</c> or <c>--name=value</c>, as ASP.NET Core's command-line configuration reads it.</summary>
    private static string? OptionValue(string[] args, string name)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == $"--{name}")
                return i + 1 < args.Length ? args[i + 1] : "";
            if (args[i].StartsWith($"--{name}=", StringComparison.Ordinal))
                return args[i][(name.Length + 3)..];
        }
        return null;
    }

    private static int PrintHelp()
    {
        Console.WriteLine("""
            TthcFlow engine

            Usage: TthcFlow.Engine [verb] [options]
              serve [--urls URL]           start the server (default verb); store from ConnectionStrings:TthcFlow
                [--clock simulated]        run on a virtual clock an administrator advances (POST /api/admin/clock/advance)
                [--clock-start INSTANT]    where the simulated clock starts (ISO 8601; default: now)
              validate <file-or-folder>    validate procedure definitions (Elsa 3 JSON); exit 0 when all are valid
              run <file> [--json]          execute a definition on a virtual clock until it ends or waits on an officer
              report <kind> --from I --to I  Summary|Delays|Apologies|Logbook|Review for [from, to); [--scope Province|Commune|Agency
                [--code CODE] [--format csv|xlsx|json] [--out FILE] [--store CONNECTION]]  (see docs/reports.md)
              portal dead-letters|requeue|report  national-portal sync: list dead letters; requeue (--id N | --dossier CODE
                | --all); reconciliation report (--from I --to I [--scope …] [--code …]); [--store CONNECTION]  (docs/portal-sync.md)
              verify-audit [--store CONNECTION] [--dossier CODE]
                                           check every dossier's hash-chained audit trail; exit 0 intact, 1 broken (docs/storage.md)
              help                         this text
            """);
        return 0;
    }
}
