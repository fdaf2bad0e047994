using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TthcFlow.Engine.Organisation;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.CrashSafety;

/// <summary>A live step the clients may act on: its task, its post and what it offers.</summary>
public sealed record OpenStep(long DossierId, long TaskId, string AgencyEId, string UnitCode, string Role, bool Claimed, string Outcome);

/// <summary>
/// The officers driving one engine process over HTTP: several concurrent workers, each choosing
/// (seeded) to file a birth registration at Hòa Phú's desk, claim a step, complete a claimed step
/// with its first outcome, or move the simulated clock. Every change request goes in the
/// <see cref="Ledger"/> with its fate; a dead connection makes it Unknown and ends the worker.
/// </summary>
public sealed class LoadClients(Uri address, IReadOnlyList<DemoOfficer> officers, Ledger ledger, int round, Random random, DateTimeOffset clock)
{
    public const string Desk = "motcua.hoaphu";

    /// <summary>The demo administrator, who alone may move the simulated clock.</summary>
    public const string Administrator = "quantri.ubndtinh";

    private readonly ConcurrentDictionary<string, Task<HttpClient>> _clients = new();
    private readonly ConcurrentQueue<OpenStep> _steps = new();
    private readonly SemaphoreSlim _clockTurn = new(1, 1);
    private int _submissions;

    /// <summary>The furthest instant the clock was asked to reach (the next start's clock).</summary>
    public DateTimeOffset ClockTarget { get; private set; } = clock;

    /// <summary>Steps waiting for an officer, as read from the store before the round.</summary>
    public void Offer(IEnumerable<OpenStep> steps)
    {
        foreach (var step in steps)
            _steps.Enqueue(step);
    }

    /// <summary>Runs <paramref name="workers"/> workers until <paramref name="stop"/> is cancelled or the server dies.</summary>
    public Task RunAsync(int workers, CancellationToken stop)
    {
        var seeds = Enumerable.Range(0, workers).Select(_ => random.Next()).ToArray();
        return Task.WhenAll(seeds.Select(seed => Task.Run(() => WorkAsync(new Random(seed), stop), CancellationToken.None)));
    }

    /// <summary>
    /// Moves the simulated clock to <paramref name="to"/> and returns once every timer due on the way
    /// has fired (the answer) — the one place the harness moves the clock.
    /// </summary>
    public async Task<bool> AdvanceClockAsync(DateTimeOffset to)
    {
        await _clockTurn.WaitAsync();
        try
        {
            if (to <= ClockTarget)
                return true;
            ClockTarget = to;
            return await SendAsync(Administrator, new LedgerEntry(round, "Advance", RequestFate.Unknown, ClockTo: to), client =>
                client.PostAsJsonAsync("/api/admin/clock/advance", new { to = to.ToString("O") }), (entry, _) => entry) is not null;
        }
        finally
        {
            _clockTurn.Release();
        }
    }

    /// <summary>How many timers the engine has fired since it started (the progress of a burst).</summary>
    public async Task<long> TimersFiredAsync()
    {
        // The session lapses as the simulated clock moves hours ahead: sign in again once.
        var response = await (await ClientAsync(Administrator)).GetAsync("/api/admin/clock");
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            _clients.TryRemove(Administrator, out _);
            response = await (await ClientAsync(Administrator)).GetAsync("/api/admin/clock");
        }
        using (response)
        {
            response.EnsureSuccessStatusCode();
            var view = await response.Content.ReadFromJsonAsync<JsonObject>();
            return (long)view!["timersFired"]!;
        }
    }

    private async Task WorkAsync(Random rng, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                int dice = rng.Next(100);
                bool alive = dice < 3 ? await AdvanceClockAsync(ClockTarget + TimeSpan.FromHours(2))
                    : dice < 30 || !_steps.TryDequeue(out var step) ? await SubmitAsync()
                    : await ActAsync(step);
                if (!alive)
                    return;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            // the server died while an officer was signing in: nothing was asked of it
        }
    }

    private async Task<bool> SubmitAsync()
    {
        string idNumber = $"0660{round:D3}{Interlocked.Increment(ref _submissions):D5}";
        var summary = await SendAsync(Desk, new LedgerEntry(round, "Submit", RequestFate.Unknown, IdNumber: idNumber),
            desk => desk.PostAsJsonAsync("/api/dossiers", ApiWorld.BirthRegistration(idNumber)),
            (entry, body) => entry with { DossierId = (long)body["id"]!, Code = (string)body["code"]!, Version = (int)body["version"]! });
        return summary is not null;
    }

    private async Task<bool> ActAsync(OpenStep step)
    {
        var officer = officers.First(o => o.AgencyEId == step.AgencyEId && o.UnitCode == step.UnitCode && o.Role == step.Role).Username;
        var entry = new LedgerEntry(round, step.Claimed ? "Complete" : "Claim", RequestFate.Unknown, step.DossierId, step.TaskId,
            Outcome: step.Claimed ? step.Outcome : null);
        var answer = await SendAsync(officer, entry, client => step.Claimed
                ? client.PostAsJsonAsync($"/api/tasks/{step.TaskId}/complete", new { outcome = step.Outcome })
                : client.PostAsync($"/api/tasks/{step.TaskId}/claim", null),
            (e, body) => e with { Version = (int)body["version"]! });
        return answer is not null;
    }

    /// <summary>
    /// Sends one change request as <paramref name="officer"/> and records its fate; an acknowledged
    /// dossier answer offers the dossier's live steps again. Null when the server is gone. A 401 (the
    /// session expired: cookies age on the simulated clock) signs in again and sends once more.
    /// </summary>
    private async Task<LedgerEntry?> SendAsync(
        string officer, LedgerEntry asked, Func<HttpClient, Task<HttpResponseMessage>> send, Func<LedgerEntry, JsonNode, LedgerEntry> acknowledged)
    {
        HttpResponseMessage response;
        JsonNode? body;
        for (int attempt = 1; ; attempt++)
        {
            var client = await ClientAsync(officer);
            try
            {
                response = await send(client);
                string text = await response.Content.ReadAsStringAsync();
                body = text.Length > 0 ? JsonNode.Parse(text) : null;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                ledger.Add(asked);
                return null;
            }
            if (response.StatusCode != HttpStatusCode.Unauthorized || attempt == 2)
                break;
            response.Dispose();
            _clients.TryRemove(officer, out _);
        }
        using (response)
        {
            if ((int)response.StatusCode >= 500)
                throw new InvalidOperationException($"{asked.Kind} answered {(int)response.StatusCode}: {body?.ToJsonString()}");
            if (!response.IsSuccessStatusCode)
            {
                var refused = asked with { Fate = RequestFate.Refused, Status = (int)response.StatusCode, Problem = (string?)body?["code"] };
                ledger.Add(refused);
                return refused;
            }
            var done = acknowledged(asked with { Fate = RequestFate.Acknowledged }, body!);
            ledger.Add(done);
            if (body?["activeTasks"] is JsonArray tasks)
                Offer(tasks.Select(t => Step((long)body["id"]!, t!)));
            return done;
        }
    }

    private static OpenStep Step(long dossierId, JsonNode task) => new(
        dossierId, (long)task["id"]!, (string)task["agencyEId"]!, (string)task["unitCode"]!, (string)task["role"]!,
        (string)task["status"]! == "Claimed", (string)task["outcomes"]![0]!);

    private Task<HttpClient> ClientAsync(string userName) => _clients.GetOrAdd(userName, async name =>
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var signedIn = await client.PostAsJsonAsync("/api/session", new { userName = name, password = ApiWorld.Password });
        signedIn.EnsureSuccessStatusCode();
        return client;
    });

    /// <summary>Closes the clients of this process.</summary>
    public void Close()
    {
        foreach (var client in _clients.Values.Where(c => c.IsCompletedSuccessfully))
            client.Result.Dispose();
    }
}
