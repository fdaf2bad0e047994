using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>
/// An officer of another commune (Buôn Ma Thuột), holding the same role in the same kind of unit,
/// is refused every action on a Hòa Phú dossier with a 403 and a reason, and nothing changes.
/// </summary>
public sealed class CrossUnitRefusalTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private const string OtherCommittee = "000.02.70.H15";
    private WebApplicationFactory<Program> Host => fixture.Host;

    [Theory]
    [InlineData("get")]
    [InlineData("get-by-code")]
    [InlineData("claim")]
    [InlineData("complete")]
    [InlineData("reassign")]
    [InlineData("send-back")]
    [InlineData("supplement-request")]
    public async Task An_officer_of_another_commune_is_refused_and_the_dossier_is_unchanged(string action)
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
        var task = dossier["activeTasks"]![0]!;
        long taskId = (long)task["id"]!;
        string role = action == "reassign" ? "DivisionHead" : (string)task["role"]!;
        var stranger = await ApiWorld.SignInAsync(Host, Equivalent(task, role));

        var response = action switch
        {
            "get" => await stranger.GetAsync($"/api/dossiers/{(long)dossier["id"]!}"),
            "get-by-code" => await stranger.GetAsync($"/api/dossiers/by-code/{(string)dossier["code"]!}"),
            "claim" => await ApiWorld.PostAsync(stranger, $"/api/tasks/{taskId}/claim"),
            "complete" => await ApiWorld.PostAsync(stranger, $"/api/tasks/{taskId}/complete", new { outcome = "Approved" }),
            "reassign" => await ApiWorld.PostAsync(stranger, $"/api/tasks/{taskId}/reassign", new { toUserName = ApiWorld.OfficerFor(Host, task) }),
            "send-back" => await ApiWorld.PostAsync(stranger, $"/api/tasks/{taskId}/send-back", new { reason = "Thiếu giấy tờ" }),
            "supplement-request" => await ApiWorld.PostAsync(stranger, $"/api/tasks/{taskId}/supplement-request", new { items = "Giấy chứng sinh bản chính" }),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

        await AssertRefusedAsync(response);
        await AssertUnchangedAsync(desk, dossier);
    }

    [Fact]
    public async Task A_one_stop_officer_of_another_commune_may_not_decide_on_an_online_dossier_but_the_receiving_desk_may()
    {
        var citizen = ApiWorld.Anonymous(Host);
        var filed = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(citizen, "/api/public/dossiers", new
        {
            definitionId = "birth-registration",
            receivingAgencyEId = ApiWorld.Centre,
            applicant = new { name = "Trần Thị Bình", idNumber = "066190004321" },
        }), HttpStatusCode.Created);
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var dossier = (await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/by-code/{(string)filed["code"]!}"), HttpStatusCode.OK))["dossier"]!;
        var stranger = await ApiWorld.SignInAsync(Host, "motcua.buonmathuot");

        var refused = await ApiWorld.PostAsync(stranger, $"/api/dossiers/{(long)dossier["id"]!}/receipt", new { decision = "Accept" });

        await AssertRefusedAsync(refused);
        await AssertUnchangedAsync(desk, dossier);
        var accepted = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, $"/api/dossiers/{(long)dossier["id"]!}/receipt", new { decision = "Accept" }), HttpStatusCode.OK);
        Assert.Equal("Received", (string)accepted["status"]!);
    }

    /// <summary>The officer of Buôn Ma Thuột holding the role in the unit of the same code as the task's.</summary>
    private string Equivalent(JsonNode task, string role) =>
        ApiWorld.Officers(Host).First(o => o.AgencyEId == OtherCommittee && o.UnitCode == (string)task["unitCode"]! && o.Role == role).Username;

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        var problem = await ApiWorld.JsonAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("NotYours", (string)problem["code"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["reason"]));
    }

    private static async Task AssertUnchangedAsync(HttpClient desk, JsonNode before)
    {
        var after = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{(long)before["id"]!}"), HttpStatusCode.OK);
        Assert.Equal((int)before["version"]!, (int)after["dossier"]!["version"]!);
        Assert.Equal((string)before["status"]!, (string)after["dossier"]!["status"]!);
        Assert.All(after["trackingSheet"]!.AsArray().Skip(1), r => Assert.Null(r!["completedAt"]));
    }
}
