using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>Bad requests get a located 4xx ProblemDetails and change nothing.</summary>
public sealed class BadInputTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private WebApplicationFactory<Program> Host => fixture.Host;
    private ApiWorld World => fixture.World;

    [Theory]
    [InlineData("""{"definitionId": "birth-registration", "channel": 1, "applicant": {"name": "Nguyễn Văn An", """, "applicant")]
    [InlineData("""{"definitionId": "birth-registration", "channel": 1}""", "applicant")]
    [InlineData("""{"definitionId": "birth-registration", "channel": 1, "applicant": {"name": "Nguyễn Văn An"}}""", "applicant.idNumber")]
    [InlineData("""{"definitionId": "birth-registration", "channel": "CarrierPigeon", "applicant": {"name": "A", "idNumber": "1"}}""", "channel")]
    [InlineData("""{"definitionId": "birth-registration", "channel": 2, "applicant": {"name": "A", "idNumber": "1"}}""", "channel")]
    [InlineData("""{"definitionId": "birth-registration", "channel": 1, "applicant": {"name": "A", "idNumber": "1"}, "setsReceived": "two"}""", "setsReceived")]
    [InlineData("""[1, 2]""", "body")]
    [InlineData("""not json""", "body")]
    public async Task A_bad_filing_is_a_400_naming_the_field_and_files_nothing(string body, string field)
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var before = World.Column("SELECT COUNT(*) FROM dossiers");

        var response = await ApiWorld.PostAsync(desk, "/api/dossiers", body);

        var problem = await ApiWorld.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, (string)problem["field"]!);
        Assert.Equal("InvalidInput", (string)problem["code"]!);
        Assert.Equal(before, World.Column("SELECT COUNT(*) FROM dossiers"));
    }

    [Fact]
    public async Task A_filing_for_an_unknown_procedure_is_a_404_and_by_an_officer_who_is_not_at_the_desk_a_403()
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var specialist = await ApiWorld.SignInAsync(Host, "chuyenvien.hoaphu");
        var unknown = JsonNode.Parse(await JsonContent.Create(ApiWorld.BirthRegistration()).ReadAsStringAsync())!;
        unknown["definitionId"] = "no-such-procedure";

        await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", unknown.ToJsonString()), HttpStatusCode.NotFound);
        var refused = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(specialist, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Forbidden);
        Assert.Equal("NotYours", (string)refused["code"]!);
    }

    [Fact]
    public async Task Unknown_outcome_unknown_task_missing_outcome_and_stale_version_are_refused_and_change_nothing()
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
        var task = dossier["activeTasks"]![0]!;
        long taskId = (long)task["id"]!;
        var specialist = await ApiWorld.SignInAsync(Host, ApiWorld.OfficerFor(Host, task));
        string stale = $"\"v{(int)dossier["version"]! - 1}\"";

        var wrongOutcome = await ApiWorld.PostAsync(specialist, $"/api/tasks/{taskId}/complete", new { outcome = "Signed" });
        var unknownTask = await ApiWorld.PostAsync(specialist, "/api/tasks/987654321/complete", new { outcome = "Approved" });
        var noOutcome = await ApiWorld.PostAsync(specialist, $"/api/tasks/{taskId}/complete", new { comment = "?" });
        var staleVersion = await ApiWorld.PostAsync(specialist, $"/api/tasks/{taskId}/complete", new { outcome = "Approved" }, ifMatch: stale);
        var badIfMatch = await ApiWorld.PostAsync(specialist, $"/api/tasks/{taskId}/complete", new { outcome = "Approved" }, ifMatch: "\"seven\"");
        var badDecision = await ApiWorld.PostAsync(desk, $"/api/dossiers/{(long)dossier["id"]!}/receipt", new { decision = "Maybe" });

        Assert.Equal("WrongOutcome", (string)(await ApiWorld.JsonAsync(wrongOutcome, HttpStatusCode.UnprocessableEntity))["code"]!);
        Assert.Equal("NotFound", (string)(await ApiWorld.JsonAsync(unknownTask, HttpStatusCode.NotFound))["code"]!);
        Assert.Equal("outcome", (string)(await ApiWorld.JsonAsync(noOutcome, HttpStatusCode.BadRequest))["field"]!);
        Assert.Equal("Conflict", (string)(await ApiWorld.JsonAsync(staleVersion, HttpStatusCode.Conflict))["code"]!);
        Assert.Equal("If-Match", (string)(await ApiWorld.JsonAsync(badIfMatch, HttpStatusCode.BadRequest))["field"]!);
        Assert.Equal("decision", (string)(await ApiWorld.JsonAsync(badDecision, HttpStatusCode.BadRequest))["field"]!);
        var after = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{(long)dossier["id"]!}"), HttpStatusCode.OK);
        Assert.Equal((int)dossier["version"]!, (int)after["dossier"]!["version"]!);
        Assert.Null(after["trackingSheet"]![1]!["completedAt"]);
    }

    [Fact]
    public async Task Without_a_session_the_api_answers_401_without_redirecting()
    {
        var anonymous = ApiWorld.Anonymous(Host);

        var inbox = await anonymous.GetAsync("/api/inbox");
        var complete = await ApiWorld.PostAsync(anonymous, "/api/tasks/1/complete", new { outcome = "Approved" });
        var session = await anonymous.GetAsync("/api/session");

        foreach (var response in new[] { inbox, complete, session })
        {
            var problem = await ApiWorld.JsonAsync(response, HttpStatusCode.Unauthorized);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Unauthenticated", (string)problem["code"]!);
            Assert.Null(response.Headers.Location);
        }
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401_and_no_cookie()
    {
        var client = ApiWorld.Anonymous(Host);

        var wrongPassword = await client.PostAsJsonAsync("/api/session", new { userName = "motcua.hoaphu", password = "wrong" });
        var unknownUser = await client.PostAsJsonAsync("/api/session", new { userName = "nobody.hoaphu", password = ApiWorld.Password });
        var afterwards = await client.GetAsync("/api/session");

        var a = await ApiWorld.JsonAsync(wrongPassword, HttpStatusCode.Unauthorized);
        var b = await ApiWorld.JsonAsync(unknownUser, HttpStatusCode.Unauthorized);
        Assert.Equal((string)a["detail"]!, (string)b["detail"]!);
        Assert.False(wrongPassword.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_strict_cookie_and_signing_out_ends_the_session()
    {
        var client = ApiWorld.Anonymous(Host);

        var signedIn = await client.PostAsJsonAsync("/api/session", new { userName = "lanhdao.hoaphu", password = ApiWorld.Password });
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"));
        var officer = await ApiWorld.JsonAsync(signedIn, HttpStatusCode.OK);
        var signedOut = await client.DeleteAsync("/api/session");
        var afterwards = await client.GetAsync("/api/session");

        Assert.StartsWith("tthcflow.officer=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((ApiWorld.Committee, "Leader"), ((string)officer["agencyEId"]!, (string)officer["roles"]![0]!));
        Assert.Equal("Ủy ban nhân dân xã Hòa Phú", (string)officer["agencyName"]!);
        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
    }

    [Fact]
    public async Task Refusals_are_in_vietnamese_when_the_request_asks_for_it()
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        desk.DefaultRequestHeaders.AcceptLanguage.Clear();
        desk.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("vi"));

        var problem = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/tasks/987654321/claim"), HttpStatusCode.NotFound);

        Assert.Equal("Không tìm thấy", (string)problem["title"]!);
        Assert.Equal("No task 987654321.", (string)problem["reason"]!);
    }

    [Fact]
    public async Task Colleagues_are_listed_for_the_officers_own_agency_only()
    {
        var head = await ApiWorld.SignInAsync(Host, "truongphong.hoaphu");

        var colleagues = await ApiWorld.JsonAsync(await head.GetAsync("/api/officers?role=Specialist"), HttpStatusCode.OK);
        var elsewhere = await head.GetAsync("/api/officers?agency=000.02.70.H15");

        Assert.Contains(colleagues.AsArray(), o => (string)o!["userName"]! == "chuyenvien.hoaphu");
        Assert.All(colleagues.AsArray(), o => Assert.Equal((ApiWorld.Committee, "Specialist"), ((string)o!["agencyEId"]!, (string)o["roles"]![0]!)));
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
    }
}
