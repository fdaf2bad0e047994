using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TthcFlow.Browser.Tests;

/// <summary>A demo officer signed in over HTTP (cookie), acting through the same API the browser uses.</summary>
public sealed class OfficerClient : IDisposable
{
    private readonly HttpClient _http;

    private OfficerClient(HttpClient http) => _http = http;

    public static async Task<OfficerClient> SignInAsync(Uri baseAddress, string userName)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        var response = await http.PostAsJsonAsync("/api/session", new { userName, password = OfficerSession.Password });
        Assert.True(response.IsSuccessStatusCode, $"sign in {userName}: {(int)response.StatusCode}");
        return new OfficerClient(http);
    }

    /// <summary>Files a dossier at the desk; returns the new dossier's summary (id, code, status, version).</summary>
    public async Task<JsonObject> SubmitAsync(string definitionId, string applicant, string idNumber)
    {
        var response = await _http.PostAsJsonAsync("/api/dossiers", new
        {
            definitionId,
            channel = 1,
            applicant = new { name = applicant, idNumber, phone = "0905000111", address = "Xã Hòa Phú, tỉnh Đắk Lắk" },
            documents = new[] { new { name = "Tờ khai (theo mẫu)", digitised = true, reused = false } },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{definitionId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>GETs a JSON object as this officer (asserts success).</summary>
    public async Task<JsonObject> GetAsync(string path)
    {
        var response = await _http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The dossier's detail and its ETag.</summary>
    public async Task<(JsonObject Detail, string ETag)> DossierAsync(string id)
    {
        var response = await _http.GetAsync($"/api/dossiers/{id}");
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonObject>())!, response.Headers.ETag!.ToString());
    }

    /// <summary>POSTs a task or dossier action with If-Match; returns the status code.</summary>
    public async Task<HttpStatusCode> ActAsync(string path, object body, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Completes the dossier's live step with <paramref name="outcome"/>, as this officer.</summary>
    public async Task CompleteLiveStepAsync(string dossierId, string outcome)
    {
        var (detail, etag) = await DossierAsync(dossierId);
        var step = detail["trackingSheet"]!.AsArray().Single(r => (string?)r!["result"] == "Pending");
        var status = await ActAsync($"/api/tasks/{step!["taskId"]}/complete", new { outcome }, etag);
        Assert.True(status == HttpStatusCode.OK, $"complete {step["title"]} with {outcome}: {(int)status}");
    }

    /// <summary>Completes a task with <paramref name="outcome"/>; returns the dossier summary (its next active tasks).</summary>
    public async Task<JsonObject> CompleteAsync(string taskId, string outcome)
    {
        var response = await _http.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"complete task {taskId} with {outcome}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Files a dossier online through the public portal API (no sign-in); returns its code.</summary>
    public static async Task<string> FileOnlineAsync(Uri baseAddress, string definitionId, string receivingAgencyEId, string applicant, string idNumber)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var response = await http.PostAsJsonAsync("/api/public/dossiers", new
        {
            definitionId,
            receivingAgencyEId,
            applicant = new { name = applicant, idNumber, phone = "0912000222", email = "congdan@example.vn" },
            documents = new[] { new { name = "Tờ khai đăng ký khai sinh (theo mẫu)", digitised = true, reused = false } },
        });
        Assert.True(response.IsSuccessStatusCode, $"online filing: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!;
    }

    public void Dispose() => _http.Dispose();
}
