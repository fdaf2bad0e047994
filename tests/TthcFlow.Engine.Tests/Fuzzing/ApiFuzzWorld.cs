using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.Fuzzing;

/// <summary>
/// One server for the HTTP fuzz targets, with the officers' clients signed in and dossiers in
/// the states the endpoints act on: a desk dossier at its first officer step, an online dossier
/// awaiting receipt. Sign-in limits are raised so that fuzzing the sign-in body does not lock
/// the fuzzing officers out. <see cref="Fingerprint"/> reads what a refused request must not change.
/// </summary>
public sealed class ApiFuzzWorld : IAsyncLifetime, IDisposable
{
    private static readonly string[] Tables =
        ["apologies", "clock_pauses", "definitions", "dossiers", "dossier_documents", "dossier_fees", "supplement_requests",
         "notifications", "audit", "timers", "outbox", "sequences", "tasks"];

    private readonly string _fingerprintSql = "SELECT " + string.Join(" || ',' || ", Tables.Select(t => $"(SELECT COUNT(*) FROM {t})"))
        + " || ',' || (SELECT COALESCE(SUM(Version), 0) FROM dossiers) || ',' || (SELECT COUNT(*) FROM definitions WHERE IsPublished)";

    public ApiWorld World { get; } = new();

    public WebApplicationFactory<Program> Host { get; private set; } = null!;

    /// <summary>Signed-in clients by role name, and the anonymous one.</summary>
    public Dictionary<string, HttpClient> Clients { get; } = [];

    public long DeskDossier { get; private set; }

    public string DeskDossierCode { get; private set; } = "";

    public long Task { get; private set; }

    public long OnlineDossier { get; private set; }

    public async Task InitializeAsync()
    {
        Host = World.Start(new Dictionary<string, string?>
        {
            ["TthcFlow:SignIn:AttemptsPerAddress"] = "1000000",
            ["TthcFlow:SignIn:FailuresPerUser"] = "1000000",
        });
        Clients["anonymous"] = ApiWorld.Anonymous(Host);
        Clients["desk"] = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(Clients["desk"], "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
        (DeskDossier, DeskDossierCode) = ((long)dossier["id"]!, (string)dossier["code"]!);
        var task = dossier["activeTasks"]![0]!;
        Task = (long)task["id"]!;
        Clients["holder"] = await ApiWorld.SignInAsync(Host, ApiWorld.OfficerFor(Host, task));
        Clients["head"] = await ApiWorld.SignInAsync(Host, "truongphong.hoaphu");
        Clients["leader"] = await ApiWorld.SignInAsync(Host, "lanhdao.hoaphu");
        Clients["designer"] = await ApiWorld.SignInAsync(Host, "thietke.ubndtinh");
        var filed = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(Clients["anonymous"], "/api/public/dossiers", OnlineFiling()), HttpStatusCode.Created);
        var online = await ApiWorld.JsonAsync(await Clients["desk"].GetAsync($"/api/dossiers/by-code/{(string)filed["code"]!}"), HttpStatusCode.OK);
        OnlineDossier = (long)online["dossier"]!["id"]!;
    }

    /// <summary>An online filing (channel 2) at Hòa Phú's centre.</summary>
    public static JsonNode OnlineFiling() => new JsonObject
    {
        ["definitionId"] = "birth-registration",
        ["receivingAgencyEId"] = ApiWorld.Centre,
        ["applicant"] = new JsonObject { ["name"] = "Trần Thị Bình", ["idNumber"] = "066190004321", ["phone"] = "0905000111" },
        ["documents"] = new JsonArray(new JsonObject { ["name"] = "Tờ khai", ["digitised"] = true }),
    };

    /// <summary>Row counts of every table, the sum of dossier versions and the number of published definitions.</summary>
    public string Fingerprint() => World.Column(_fingerprintSql).Single();

    /// <summary>Percent-encodes text as UTF-8 (unpaired surrogates become U+FFFD) for a query string or a path segment.</summary>
    public static string Encode(string text)
    {
        var b = new StringBuilder();
        foreach (byte c in Encoding.UTF8.GetBytes(text))
            b.Append(c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_'
                ? ((char)c).ToString() : $"%{c:X2}");
        return b.ToString();
    }

    public Task DisposeAsync() => System.Threading.Tasks.Task.CompletedTask;

    public void Dispose()
    {
        Host?.Dispose();
        World.Dispose();
    }
}
