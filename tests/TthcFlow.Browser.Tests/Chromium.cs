namespace TthcFlow.Browser.Tests;

/// <summary>
/// Debian's Chromium, which the browser tests drive. Absent, the tests skip — unless
/// TTHCFLOW_REQUIRE_ALL=1 (set by ./test.sh and CI), when they fail instead.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool Required => Environment.GetEnvironmentVariable("TTHCFLOW_REQUIRE_ALL") == "1";

    public const string SkipReason = "Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium); set TTHCFLOW_REQUIRE_ALL=1 to fail instead of skipping.";
}

/// <summary>A fact that needs Chromium.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.Required) Skip = Chromium.SkipReason;
    }
}

/// <summary>A theory that needs Chromium.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.Required) Skip = Chromium.SkipReason;
    }
}
