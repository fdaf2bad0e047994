using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Organisation;
using TthcFlow.Engine.Security;
using TthcFlow.Engine.Tests.Hosting;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>
/// The real server over HTTP on an SQLite file of its own, on a virtual clock that starts on a
/// working Monday morning in Vietnam. Hosts started here share the file, so a test can stop one
/// and start another (a restart). Officers sign in with the demo password and keep their cookie
/// in their own client.
/// </summary>
public sealed class ApiWorld : IDisposable
{
    public const string Password = OfficerDirectory.DefaultDemoPassword;

    /// <summary>Hòa Phú: its service centre receives, its People's Committee decides.</summary>
    public const string Centre = "001.01.70.H15", Committee = "000.01.70.H15";

    private readonly EngineFactory _factory = new();
    private readonly List<DemoOfficer> _extraOfficers = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)));

    public string ConnectionString => _factory.ConnectionString;

    /// <summary>Adds an officer to the directory of hosts started afterwards (a second holder of a post).</summary>
    public DemoOfficer AddColleague(DemoOfficer of, string userName)
    {
        var colleague = of with { Username = userName, FullName = of.FullName + " (2)", Email = $"{userName}@{DemoOfficers.EmailDomain}" };
        _extraOfficers.Add(colleague);
        return colleague;
    }

    /// <summary>Starts a host on the world's store and clock, with extra configuration settings and host configuration when given.</summary>
    public WebApplicationFactory<Program> Start(IReadOnlyDictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        var host = _factory.WithWebHostBuilder(b =>
        {
            configure?.Invoke(b);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
                b.UseSetting(key, value);
            b.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddSingleton(sp =>
                {
                    var organisation = sp.GetRequiredService<OrganisationModel>();
                    return new OfficerDirectory(organisation, [.. DemoOfficers.Generate(organisation), .. _extraOfficers], Password);
                });
            });
        });
        _ = host.Server;
        return host;
    }

    public static IReadOnlyList<DemoOfficer> Officers(WebApplicationFactory<Program> host) =>
        host.Services.GetRequiredService<OfficerDirectory>().Officers;

    /// <summary>The demo officer holding the post a task landed on.</summary>
    public static string OfficerFor(WebApplicationFactory<Program> host, JsonNode task) =>
        Officers(host).First(o => o.AgencyEId == (string)task["agencyEId"]! && o.UnitCode == (string)task["unitCode"]!
            && o.Role == (string)task["role"]!).Username;

    /// <summary>A client signed in as the officer (asserts the sign-in worked).</summary>
    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string userName)
    {
        var client = Anonymous(host);
        var response = await client.PostAsJsonAsync("/api/session", new { userName, password = Password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in of {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public static HttpClient Anonymous(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return client;
    }

    /// <summary>A birth registration (Hòa Phú: filed at the centre, decided by the committee) as the desk's body.</summary>
    public static object BirthRegistration(string idNumber = "066090001234") => new
    {
        definitionId = "birth-registration",
        channel = 1,
        applicant = new { name = "Nguyễn Văn An", idNumber, phone = "0905123456", email = "an@example.vn", address = "Thôn 1, xã Hòa Phú" },
        requestContent = "Đăng ký khai sinh cho con",
        documents = new object[] { new { name = "Tờ khai đăng ký khai sinh", digitised = true, reused = false }, new { name = "Giấy chứng sinh", digitised = true, reused = false } },
    };

    /// <summary>Files a birth-registration filing under another procedure (the birth group) at the desk; answers the summary.</summary>
    public static async Task<JsonNode> FileBirthAsAsync(HttpClient desk, string definitionId)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(BirthRegistration()))!;
        body["definitionId"] = definitionId;
        return await JsonAsync(await PostAsync(desk, "/api/dossiers", body.ToJsonString()), HttpStatusCode.Created);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (body is string raw)
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        else if (body is not null)
            request.Content = JsonContent.Create(body);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    /// <summary>The body as JSON after asserting the status (the body is in the message when it is not).</summary>
    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Runs SQL against the store and reads the first column of every row.</summary>
    public List<string> Column(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return values;
    }

    public void Dispose() => _factory.Dispose();
}
