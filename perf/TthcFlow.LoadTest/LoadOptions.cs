using System.Globalization;

namespace TthcFlow.LoadTest;

/// <summary>What the province replay simulates: how many dossiers a year, over how many communes, from which seed, for how many days, on which store, into which folder.</summary>
public sealed record LoadOptions
{
    /// <summary>Dossiers a year (hồ sơ/năm); the replay files the share of them that falls in its days.</summary>
    public int DossiersPerYear { get; init; } = 40_000;
    public int Communes { get; init; } = 102;
    public int Seed { get; init; } = 20260101;
    public int Days { get; init; } = 20;

    /// <summary>A connection string (SQLite <c>Data Source=…</c> or PostgreSQL <c>Host=…</c>); by default an SQLite file in the output folder.</summary>
    public string? Store { get; init; }
    public string Output { get; init; } = "loadtest-output";

    /// <summary>The first day replayed (1 January of the year).</summary>
    public DateOnly FirstDay { get; init; } = new(2026, 1, 1);

    /// <summary>The workflows folder (procedures, calendar, organisation); by default the one shipped beside the engine.</summary>
    public string? Workflows { get; init; }

    /// <summary>Run the national-portal dispatcher against the in-process portal (off with <c>--no-portal</c>: messages and their payloads stay pending, as before the dispatcher existed).</summary>
    public bool Portal { get; init; } = true;

    /// <summary>Show the progress bar.</summary>
    public bool Progress { get; init; } = true;

    public string StoreConnection => Store ?? $"Data Source={Path.Combine(Output, "province.db")}";

    /// <summary>
    /// Reads <c>--dossiers N --communes N --seed N --days N --store S --output DIR --workflows DIR --start yyyy-MM-dd --quiet --no-portal</c>.
    /// With no <c>--dossiers</c> it is the quick run (40,000 a year, 20 days); a province's volume
    /// given without <c>--days</c> is replayed to 31 December, the province-year it names.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown option or a bad value, with the option named.</exception>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = Read(args);
        if (args.Contains("--dossiers") && !args.Contains("--days"))
            options = options with { Days = new DateOnly(options.FirstDay.Year, 12, 31).DayNumber - options.FirstDay.DayNumber + 1 };
        return options;
    }

    private static LoadOptions Read(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name is "--quiet" or "--no-portal")
            {
                options = name == "--quiet" ? options with { Progress = false } : options with { Portal = false };
                continue;
            }
            if (i + 1 >= args.Count)
                throw new ArgumentException($"{name}: a value is expected.");
            string value = args[++i];
            options = name switch
            {
                "--dossiers" => options with { DossiersPerYear = Positive(name, value) },
                "--communes" => options with { Communes = Positive(name, value) },
                "--seed" => options with { Seed = Int(name, value) },
                "--days" => options with { Days = Math.Min(Positive(name, value), 366) },
                "--store" => options with { Store = value },
                "--output" => options with { Output = value },
                "--workflows" => options with { Workflows = value },
                "--start" => options with { FirstDay = DateOnly.TryParseExact(value, "yyyy-MM-dd", out var d) ? d : throw new ArgumentException($"{name}: '{value}' is not a date yyyy-MM-dd.") },
                _ => throw new ArgumentException($"Unknown option {name}; options: --dossiers --communes --seed --days --store --output --workflows --start --quiet --no-portal."),
            };
        }
        return options;
    }

    private static int Int(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : throw new ArgumentException($"{name}: '{value}' is not a whole number.");

    private static int Positive(string name, string value) =>
        Int(name, value) is > 0 and var n ? n : throw new ArgumentException($"{name}: must be at least 1, not '{value}'.");
}
