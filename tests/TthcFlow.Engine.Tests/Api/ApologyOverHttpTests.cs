using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>
/// Văn bản xin lỗi over HTTP: the officer holding a step foresees it late, the head of that unit
/// finds the apology in the signing queue; until it is issued the leader may not stop the dossier
/// and the letter is not public; once issued, the public list shows it without personal data, the
/// desk is notified and can mark the notification read.
/// </summary>
public sealed class ApologyOverHttpTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private WebApplicationFactory<Program> Host => fixture.Host;

    [Fact]
    public async Task A_foreseen_late_step_owes_an_apology_that_the_unit_head_issues_and_the_public_sees()
    {
        var desk = await ApiWorld.SignInAsync(Host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration("066090007777")), HttpStatusCode.Created);
        long id = (long)dossier["id"]!;
        var task = dossier["activeTasks"]![0]!;
        var holder = await ApiWorld.SignInAsync(Host, ApiWorld.OfficerFor(Host, task));

        await ApiWorld.JsonAsync(await ApiWorld.PostAsync(holder, $"/api/tasks/{(long)task["id"]!}/foresee-late", new { reason = "Chờ xác minh" }), HttpStatusCode.OK);
        var (signer, apology) = await SignerOfAsync(task, id);
        long apologyId = (long)apology["id"]!;
        Assert.Equal((string)task["unitCode"]!, (string)apology["unitCode"]!);

        var leader = await ApiWorld.SignInAsync(Host, ApiWorld.Officers(Host).First(o => o.AgencyEId == ApiWorld.Committee && o.Role == "Leader").Username);
        var stop = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(leader, $"/api/dossiers/{id}/end", new { reason = "Dừng", byApplicant = false }), HttpStatusCode.Conflict);
        Assert.Contains("apology", (string)stop["reason"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await ApiWorld.Anonymous(Host).GetAsync($"/api/public/apologies/{apologyId}/letter")).StatusCode);
        var byHolder = await ApiWorld.PostAsync(holder, $"/api/dossiers/{id}/apologies/{apologyId}/issue", IssueBody());
        if (ApiWorld.OfficerFor(Host, task) != signer)
            Assert.Equal(HttpStatusCode.Forbidden, byHolder.StatusCode);
        var missing = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(await ApiWorld.SignInAsync(Host, signer), $"/api/dossiers/{id}/apologies/{apologyId}/issue",
            new { reason = "Chờ xác minh" }), HttpStatusCode.BadRequest);
        Assert.Equal("explanation", (string)missing["field"]!);

        await ApiWorld.JsonAsync(await ApiWorld.PostAsync(await ApiWorld.SignInAsync(Host, signer), $"/api/dossiers/{id}/apologies/{apologyId}/issue", IssueBody()), HttpStatusCode.OK);

        var anonymous = ApiWorld.Anonymous(Host);
        var list = (await ApiWorld.JsonAsync(await anonymous.GetAsync("/api/public/apologies"), HttpStatusCode.OK)).AsArray();
        var line = list.Single(a => (long)a!["apologyId"]! == apologyId)!;
        Assert.Equal((string)dossier["code"]!, (string)line["dossierCode"]!);
        Assert.DoesNotContain("066090007777", line.ToJsonString());
        var letter = await ApiWorld.JsonAsync(await anonymous.GetAsync($"/api/public/apologies/{apologyId}/letter"), HttpStatusCode.OK);
        Assert.Equal("Issued", (string)letter["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)letter["number"]));
        Assert.DoesNotContain("066090007777", letter.ToJsonString());
        Assert.EndsWith("777", (string)letter["applicantIdNumber"]!);
        Assert.Equal("N. V. A.", (string)letter["applicantName"]!); // Nguyễn Văn An, published as initials
        var badFrom = await ApiWorld.JsonAsync(await anonymous.GetAsync("/api/public/apologies?from=yesterday"), HttpStatusCode.BadRequest);
        Assert.Equal("from", (string)badFrom["field"]!);

        var unread = (await ApiWorld.JsonAsync(await desk.GetAsync("/api/notifications?unread=true"), HttpStatusCode.OK)).AsArray();
        var notice = unread.First(n => (long)n!["dossierId"]! == id)!;
        await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, $"/api/dossiers/{id}/notifications/{(long)notice["id"]!}/read"), HttpStatusCode.OK);
        var after = (await ApiWorld.JsonAsync(await desk.GetAsync("/api/notifications?unread=true"), HttpStatusCode.OK)).AsArray();
        Assert.DoesNotContain(after, n => (long)n!["id"]! == (long)notice["id"]!);
        Assert.Equal("unread", (string)(await ApiWorld.JsonAsync(await desk.GetAsync("/api/notifications?unread=maybe"), HttpStatusCode.BadRequest))["field"]!);
    }

    private static object IssueBody() => new
    {
        reason = "Chờ xác minh của cơ quan khác",
        newReturnAt = new DateTimeOffset(2026, 4, 1, 16, 0, 0, TimeSpan.FromHours(7)),
        explanation = "Báo cáo giải trình: chờ kết quả xác minh.",
    };

    /// <summary>The officer of the step's agency whose signing queue holds this dossier's apology.</summary>
    private async Task<(string UserName, JsonNode Apology)> SignerOfAsync(JsonNode task, long dossierId)
    {
        foreach (var officer in ApiWorld.Officers(Host).Where(o => o.AgencyEId == ((string?)task["agencyEId"] ?? o.AgencyEId)))
        {
            var client = await ApiWorld.SignInAsync(Host, officer.Username);
            var owed = (await ApiWorld.JsonAsync(await client.GetAsync("/api/apologies/owed"), HttpStatusCode.OK)).AsArray();
            if (owed.FirstOrDefault(a => (long)a!["dossierId"]! == dossierId) is { } apology)
                return (officer.Username, apology);
        }
        throw new Xunit.Sdk.XunitException($"No officer of agency {task["agencyEId"]} has the apology of dossier {dossierId} to sign.");
    }
}
