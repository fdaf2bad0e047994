using TthcFlow.Engine.Cli;

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
        var app = EngineApp.Build(args);
        await app.RunAsync();
        return 0;
    }

    private static int PrintHelp()
    {
        Console.WriteLine("""
            TthcFlow engine

            Usage: TthcFlow.Engine [verb] [options]
              serve [--urls URL]           start the server (default verb); store from ConnectionStrings:TthcFlow
              validate <file-or-folder>    validate procedure definitions (Elsa 3 JSON); exit 0 when all are valid
              run <file> [--json]          execute a definition on a virtual clock until it ends or waits on an officer
              help                         this text
            """);
        return 0;
    }
}
