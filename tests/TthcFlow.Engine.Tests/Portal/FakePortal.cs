using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TthcFlow.Engine.Portal;

namespace TthcFlow.Engine.Tests.Portal;

/// <summary>What the fake portal does with one request.</summary>
public enum PortalBehaviour
{
    /// <summary>Records it (once per idempotency key) and answers 200.</summary>
    Accept,

    /// <summary>Answers 500 without recording.</summary>
    Fail,

    /// <summary>Answers 400 (a refusal of the payload) without recording.</summary>
    Refuse,

    /// <summary>Never answers (until the caller gives up).</summary>
    Hang,

    /// <summary>Records it, then drops the connection: the caller never learns it was accepted.</summary>
    AcceptThenDrop,
}

/// <summary>One request as the portal saw it.</summary>
public sealed record PortalRequest(string Key, string DossierCode, int Seq, int Status, PortalBehaviour Behaviour, bool Duplicate);

/// <summary>
/// A stand-in for the national portal on a real loopback listener (Kestrel, port 0): it dedupes by
/// <c>Idempotency-Key</c> as the real one must, keeps what it accepted per dossier in arrival order,
/// and behaves as scripted per request (by default it accepts).
/// </summary>
public sealed class FakePortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<PortalRequest> _requests = [];
    private readonly Dictionary<string, string> _accepted = [];
    private readonly Dictionary<string, List<int>> _acceptedByDossier = [];
    private Func<string, int, PortalBehaviour> _script = (_, _) => PortalBehaviour.Accept;

    private FakePortal(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<FakePortal> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var portal = new FakePortal(builder.Build());
        portal._app.MapPost("/api/dossier-status", portal.HandleAsync);
        await portal._app.StartAsync();
        var address = portal._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        portal.Endpoint = new Uri(new Uri(address), "/api/dossier-status");
        return portal;
    }

    /// <summary>Decides each request's fate from its idempotency key and how many requests with that key came before.</summary>
    public void Script(Func<string, int, PortalBehaviour> script) => _script = script;

    /// <summary>Every request, in arrival order.</summary>
    public IReadOnlyList<PortalRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    /// <summary>The versions of a dossier the portal accepted, in the order it accepted them (each once).</summary>
    public IReadOnlyList<int> AcceptedVersions(string dossierCode)
    {
        lock (_gate) return _acceptedByDossier.TryGetValue(dossierCode, out var seqs) ? [.. seqs] : [];
    }

    public int AcceptedCount
    {
        get { lock (_gate) return _accepted.Count; }
    }

    private async Task HandleAsync(HttpContext http)
    {
        string key = http.Request.Headers[PortalClient.IdempotencyHeader].ToString();
        using var json = await JsonDocument.ParseAsync(http.Request.Body);
        string code = json.RootElement.GetProperty("dossierCode").GetString()!;
        int status = json.RootElement.GetProperty("status").GetInt32();
        int seq = int.Parse(key[(key.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        PortalBehaviour behaviour;
        bool duplicate;
        lock (_gate)
        {
            behaviour = _script(key, _requests.Count(r => r.Key == key));
            duplicate = _accepted.ContainsKey(key);
            _requests.Add(new PortalRequest(key, code, seq, status, behaviour, duplicate));
            if (behaviour is PortalBehaviour.Accept or PortalBehaviour.AcceptThenDrop && !duplicate)
            {
                _accepted[key] = code;
                if (!_acceptedByDossier.TryGetValue(code, out var seqs))
                    _acceptedByDossier[code] = seqs = [];
                seqs.Add(seq);
            }
        }
        switch (behaviour)
        {
            case PortalBehaviour.Fail:
                http.Response.StatusCode = 500;
                await http.Response.WriteAsync("portal busy");
                break;
            case PortalBehaviour.Refuse:
                http.Response.StatusCode = 400;
                await http.Response.WriteAsync("procedureCode unknown");
                break;
            case PortalBehaviour.Hang:
                await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case PortalBehaviour.AcceptThenDrop:
                http.Abort();
                break;
            default:
                http.Response.StatusCode = duplicate ? 200 : 201;
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
