using System.Globalization;

namespace TthcFlow.Engine.Scheduling;

/// <summary>
/// Nút máy chủ — this engine process as one of several nodes on a shared PostgreSQL store:
/// its name (<c>TthcFlow:Node:Id</c>, default the host name and process id) and how long a timer
/// row it claims stays its own (<c>TthcFlow:Node:LeaseSeconds</c>, default 60 s) before another
/// node may take it over. Unused on SQLite, where one node owns every row.
/// </summary>
public sealed record NodeOptions
{
    public const string IdKey = "TthcFlow:Node:Id", LeaseKey = "TthcFlow:Node:LeaseSeconds";

    /// <summary>Longest node name the timers table stores.</summary>
    public const int MaxIdLength = 64;

    public string Id { get; init; } = DefaultId();

    /// <summary>
    /// How long a claim lasts. It must cover one fire batch (claim → commit → removal, well under
    /// a second normally) with room for pauses; a node that dies holds its rows this long.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);

    private static string DefaultId()
    {
        var id = $"{Environment.MachineName}-{Environment.ProcessId}";
        return id.Length <= MaxIdLength ? id : id[^MaxIdLength..];
    }

    /// <summary>Reads the two keys; absent keys keep the defaults.</summary>
    /// <exception cref="ArgumentException">An empty or too long id, or a lease that is not a positive number of seconds, with the key named.</exception>
    public static NodeOptions From(IConfiguration? configuration)
    {
        var options = new NodeOptions();
        if (configuration?[IdKey] is { } id)
        {
            if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength)
                throw new ArgumentException($"{IdKey} must be 1 to {MaxIdLength} characters, not '{id}'.");
            options = options with { Id = id.Trim() };
        }
        if (configuration?[LeaseKey] is { } lease)
        {
            if (!double.TryParse(lease, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || !(seconds > 0) || seconds > 86_400)
                throw new ArgumentException($"{LeaseKey} must be a number of seconds between 0 and 86400, not '{lease}'.");
            options = options with { Lease = TimeSpan.FromSeconds(seconds) };
        }
        return options;
    }
}
