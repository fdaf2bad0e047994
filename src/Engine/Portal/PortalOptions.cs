namespace TthcFlow.Engine.Portal;

/// <summary>
/// Settings of the status sync to the national public service portal (Cổng Dịch vụ công quốc gia),
/// section <c>TthcFlow:Portal</c>. With no <see cref="Endpoint"/> the dispatcher is off: messages
/// stay in the outbox, pending, and the server says so once in its log.
/// </summary>
public sealed record PortalOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "TthcFlow:Portal";

    /// <summary>Where each status message is POSTed (absolute http/https URI); null turns the dispatcher off.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Attempts per message before it goes to the dead-letter list (the first one included).</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>The median wait before the first retry; later ones double (exponential, with jitter).</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one attempt may take (real time: it bounds a network call) before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many dossiers are sent to at once (each dossier's messages go one after another).</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>
    /// How long a claimed message belongs to the node that claimed it, counted from the claim or
    /// from the planned retry; after it another node may take the message over (several nodes on PostgreSQL).
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the outbox is looked at for new messages when there is nothing in flight.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Reads the section; throws <see cref="ArgumentException"/> naming the setting that is wrong.</summary>
    public static PortalOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<PortalOptions>() ?? new PortalOptions();
        return options.Validated();
    }

    /// <summary>This, checked: an absolute http(s) endpoint, positive counts and durations.</summary>
    public PortalOptions Validated()
    {
        if (Endpoint is { } e && (!e.IsAbsoluteUri || e.Scheme is not ("http" or "https")))
            throw new ArgumentException($"{Section}:Endpoint must be an absolute http or https URI, not '{e}'.");
        if (MaxAttempts < 1)
            throw new ArgumentException($"{Section}:MaxAttempts must be at least 1.");
        if (Parallelism < 1)
            throw new ArgumentException($"{Section}:Parallelism must be at least 1.");
        foreach (var (name, value) in new[] { ("FirstRetryDelay", FirstRetryDelay), ("MaxRetryDelay", MaxRetryDelay), ("AttemptTimeout", AttemptTimeout), ("Lease", Lease), ("PollInterval", PollInterval) })
        {
            if (value <= TimeSpan.Zero)
                throw new ArgumentException($"{Section}:{name} must be a positive duration.");
        }
        return this;
    }
}
