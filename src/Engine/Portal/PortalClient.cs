using System.Net;
using System.Net.Http.Headers;

namespace TthcFlow.Engine.Portal;

/// <summary>A failed attempt to deliver a message: whether trying again may help, and what the portal (or the network) said.</summary>
public sealed class PortalDeliveryException(bool transient, string message) : Exception(message)
{
    /// <summary>True for timeouts, transport errors, 408, 429 and 5xx; false for a refusal (other 4xx), which the same bytes will meet again.</summary>
    public bool Transient { get; } = transient;
}

/// <summary>
/// Sends one status message to the portal: <c>POST</c> of the payload (UTF-8 JSON, DOMAIN.md §1)
/// to the configured endpoint with the message's <c>Idempotency-Key</c> header. A 2xx answer is
/// the acknowledgment; anything else throws <see cref="PortalDeliveryException"/>. One attempt is
/// bounded by <see cref="PortalOptions.AttemptTimeout"/> in real time (it waits on the network,
/// not on the engine's clock).
/// </summary>
public sealed class PortalClient(HttpClient http, PortalOptions options)
{
    /// <summary>The named <see cref="HttpClient"/> the dispatcher uses (a host may give it another primary handler).</summary>
    public const string HttpClientName = "TthcFlow.Portal";

    /// <summary>The header carrying <see cref="PortalMessage.IdempotencyKey"/>.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    public async Task SendAsync(PortalMessage message, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint) { Content = new ByteArrayContent(message.Payload) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(IdempotencyHeader, message.IdempotencyKey);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(options.AttemptTimeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attempt.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new PortalDeliveryException(true, $"No answer within {options.AttemptTimeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException e)
        {
            throw new PortalDeliveryException(true, $"Transport error: {e.Message}");
        }
        using (response)
        {
            if (response.IsSuccessStatusCode)
                return;
            var code = response.StatusCode;
            string body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            bool transient = code is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)code >= 500;
            throw new PortalDeliveryException(transient, $"HTTP {(int)code}: {(body.Length > 300 ? body[..300] : body)}");
        }
    }
}
