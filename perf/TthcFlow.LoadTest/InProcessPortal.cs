using System.Net;
using System.Text.Json;
using TthcFlow.Engine.Portal;

namespace TthcFlow.LoadTest;

/// <summary>
/// The national portal as the replay sees it: an in-process HTTP handler behind the engine's real
/// portal client and dispatcher (no socket). Like the real one it dedupes by <c>Idempotency-Key</c>;
/// it keeps, per dossier code, how many versions it accepted and the status of the latest, so the
/// replay can check that every status change reached it, in order.
/// </summary>
public sealed class InProcessPortal
{
    /// <summary>Where the replay points the dispatcher (never resolved: the handler answers).</summary>
    public static readonly Uri Endpoint = new("http://portal.invalid/api/dossier-status");

    private readonly Lock _gate = new();
    private readonly HashSet<string> _keys = [];
    private readonly Dictionary<string, (int Versions, int LastSeq, int LastStatus, bool OutOfOrder)> _dossiers = [];

    public long Duplicates { get; private set; }

    /// <summary>What the portal holds for a dossier: versions accepted, the latest one's status, and whether one ever came out of order.</summary>
    public (int Versions, int LastStatus, bool OutOfOrder)? Holds(string dossierCode)
    {
        lock (_gate)
            return _dossiers.TryGetValue(dossierCode, out var d) ? (d.Versions, d.LastStatus, d.OutOfOrder) : null;
    }

    /// <summary>A handler for the dispatcher's named HTTP client (a new one each time the factory asks; they share this portal).</summary>
    public HttpMessageHandler Handler() => new PortalHandler(this);

    private void Accept(string key, byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        string code = json.RootElement.GetProperty("dossierCode").GetString()!;
        int status = json.RootElement.GetProperty("status").GetInt32();
        int seq = int.Parse(key.AsSpan(key.LastIndexOf(':') + 1), System.Globalization.CultureInfo.InvariantCulture);
        lock (_gate)
        {
            if (!_keys.Add(key))
            {
                Duplicates++;
                return;
            }
            var held = _dossiers.GetValueOrDefault(code);
            _dossiers[code] = (held.Versions + 1, Math.Max(held.LastSeq, seq), seq > held.LastSeq ? status : held.LastStatus, held.OutOfOrder || seq != held.LastSeq + 1);
        }
    }

    private sealed class PortalHandler(InProcessPortal portal) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string key = request.Headers.GetValues(PortalClient.IdempotencyHeader).Single();
            portal.Accept(key, await request.Content!.ReadAsByteArrayAsync(cancellationToken));
            return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request };
        }
    }
}
