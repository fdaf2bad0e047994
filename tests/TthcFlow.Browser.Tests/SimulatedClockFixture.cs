using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// An engine of its own on the simulated clock (<c>serve --clock simulated</c>, starting now), with
/// its own Chromium, for tests that run dossiers past their deadlines. The clock only moves
/// through <see cref="AdvanceClockAsync"/>.
/// </summary>
public sealed class SimulatedClockFixture() : BrowserFixture(new EngineServer(("clock", "simulated")))
{
    /// <summary>The demo administrator, who alone may move the simulated clock.</summary>
    public const string Administrator = "quantri.ubndtinh";

    /// <summary>
    /// Moves the engine's clock forward (POST /api/admin/clock/advance) and returns once every timer
    /// due on the way has fired; answers the new instant. The one place the tests move the clock.
    /// </summary>
    public async Task<DateTimeOffset> AdvanceClockAsync(TimeSpan by)
    {
        // Only the administrator moves the clock; a fresh session each time, as days may pass between calls.
        using var http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = BaseAddress };
        var signIn = await http.PostAsJsonAsync("/api/session", new { userName = Administrator, password = OfficerSession.Password });
        Assert.True(signIn.IsSuccessStatusCode, $"sign in {Administrator}: {(int)signIn.StatusCode}");
        var response = await http.PostAsJsonAsync("/api/admin/clock/advance", new { by = by.ToString("c", CultureInfo.InvariantCulture) });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"advance the clock by {by}: {(int)response.StatusCode} {body}");
        return DateTimeOffset.Parse((string)JsonNode.Parse(body)!["now"]!, CultureInfo.InvariantCulture);
    }
}

[CollectionDefinition(Name)]
public sealed class SimulatedClockCollection : ICollectionFixture<SimulatedClockFixture>
{
    public const string Name = "simulated clock";
}
