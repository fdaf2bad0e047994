using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>
/// Tạm dừng / tiếp tục / rút hồ sơ over HTTP: the competent agency's leader suspends and resumes,
/// the receiving desk records a withdrawal; another commune's leader is refused with a 403 and a
/// reason; a missing field is a 400 naming it; a refused request changes nothing.
/// </summary>
public sealed class ClockOverHttpTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private const string OtherCommittee = "000.02.70.H15";
    private WebApplicationFactory<Program> Host => fixture.Host;

    [Fact]
    public async Task The_leader_suspends_and_resumes_and_the_desk_records_a_withdrawal()
    {
        var (desk, id) = await FileAsync();
        var leader = await ApiWorld.SignInAsync(Host, Leader(ApiWorld.Committee));

        var suspended = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(leader, $"/api/dossiers/{id}/suspend", new { reason = "Xác minh giấy chứng sinh" }), HttpStatusCode.OK);
        Assert.Equal("Suspended", (string)suspended["subState"]!);
        var twice = await ApiWorld.PostAsync(leader, $"/api/dossiers/{id}/suspend", new { reason = "Lần nữa" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var resumed = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(leader, $"/api/dossiers/{id}/resume"), HttpStatusCode.OK);
        Assert.Equal("None", (string)resumed["subState"]!);

        var withdrawn = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, $"/api/dossiers/{id}/end", new { reason = "Công dân xin rút", byApplicant = true }), HttpStatusCode.OK);
        Assert.Equal("Withdrawn", (string)withdrawn["status"]!);
        Assert.Empty(withdrawn["activeTasks"]!.AsArray());
    }

    [Theory]
    [InlineData("suspend")]
    [InlineData("end")]
    public async Task A_leader_of_another_commune_is_refused_and_nothing_changes(string action)
    {
        var (desk, id) = await FileAsync();
        var stranger = await ApiWorld.SignInAsync(Host, Leader(OtherCommittee));
        var before = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);

        var response = await ApiWorld.PostAsync(stranger, $"/api/dossiers/{id}/{action}", new { reason = "Dừng", byApplicant = false });

        var problem = await ApiWorld.JsonAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("NotYours", (string)problem["code"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["reason"]));
        var after = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [Theory]
    [InlineData("suspend", "{}", "reason")]
    [InlineData("end", "{\"reason\":\"Rút\"}", "byApplicant")]
    [InlineData("end", "{\"reason\":\"Rút\",\"byApplicant\":\"yes\"}", "byApplicant")]
    [InlineData("supplement-requests/1/decision", "{}", "approve")]
    public async Task A_bad_body_is_a_400_naming_the_field(string action, string json, string field)
    {
        var (_, id) = await FileAsync();
        var leader = await ApiWorld.SignInAsync(Host, Leader(ApiWorld.Committee));

        var response = await leader.PostAsync($"/api/dossiers/{id}/{action}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ApiWorld.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(field, (string)problem["field"]!);
    }

    private async Task<(HttpClient Desk, long Id)> FileAsync()
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
        return (desk, (long)dossier["id"]!);
    }

    private string Leader(string agency) =>
        ApiWorld.Officers(Host).First(o => o.AgencyEId == agency && o.Role == "Leader").Username;
}
