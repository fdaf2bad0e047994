using System.Net;
using System.Text.Json.Nodes;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>
/// What the officer's dossier page reads beyond the tracking sheet: the dossier's apologies and the
/// letter as printed at the desk (names whole, unlike the public copy), and, for a liên thông
/// dossier, where it is now — each transfer with its internal procedure, the receiving unit's
/// steps under it, and each unit's working time against its allotment, a late unit flagged.
/// </summary>
public sealed class DossierDetailOverHttpTests : IDisposable
{
    private readonly ApiWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task The_detail_lists_the_owed_apology_and_the_desk_prints_its_letter_with_the_applicant_named_in_full()
    {
        using var host = _world.Start();
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration("066090008888")), HttpStatusCode.Created);
        var other = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration("066090009999")), HttpStatusCode.Created);
        long id = (long)dossier["id"]!;
        var task = dossier["activeTasks"]![0]!;
        var holder = await ApiWorld.SignInAsync(host, ApiWorld.OfficerFor(host, task));
        await ApiWorld.JsonAsync(await ApiWorld.PostAsync(holder, $"/api/tasks/{(long)task["id"]!}/foresee-late", new { reason = "Chờ xác minh" }), HttpStatusCode.OK);

        var detail = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);
        Assert.Equal(_world.Clock.GetUtcNow(), DateTimeOffset.Parse((string)detail["asOf"]!, System.Globalization.CultureInfo.InvariantCulture));
        var apology = Assert.Single(detail["apologies"]!.AsArray())!;
        Assert.Equal("Owed", (string)apology["status"]!);
        Assert.Equal((string)task["unitCode"]!, (string)apology["unitCode"]!);
        Assert.Empty((await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{(long)other["id"]!}"), HttpStatusCode.OK))["apologies"]!.AsArray());
        long apologyId = (long)apology["id"]!;

        var draft = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{id}/apologies/{apologyId}/letter"), HttpStatusCode.OK);
        Assert.Equal("Owed", (string)draft["status"]!);
        Assert.Equal("Nguyễn Văn An", (string)draft["applicantName"]!);
        Assert.Equal("066090008888", (string)draft["applicantIdNumber"]!);
        Assert.Equal((string)dossier["code"]!, (string)draft["dossierCode"]!);
        // Another dossier's page does not reach this apology; an officer of another commune sees neither.
        await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{(long)other["id"]!}/apologies/{apologyId}/letter"), HttpStatusCode.NotFound);
        var stranger = await ApiWorld.SignInAsync(host, ApiWorld.Officers(host).First(o => o.AgencyEId == "001.02.70.H15").Username);
        await ApiWorld.JsonAsync(await stranger.GetAsync($"/api/dossiers/{id}/apologies/{apologyId}/letter"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_birth_group_shows_each_agency_s_transfer_its_internal_steps_and_a_late_agency_in_the_ledger()
    {
        using var host = _world.Start();
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var dossier = await ApiWorld.FileBirthAsAsync(desk, "birth-residence-health-insurance");
        long id = (long)dossier["id"]!;
        // The commune registers and signs; the group then fans out to the police and social insurance.
        for (int i = 0; i < 2; i++)
        {
            var step = dossier["activeTasks"]!.AsArray().First(t => (string)t!["stepType"]! != "TthcFlow.Transfer")!;
            Assert.Equal(ApiWorld.Committee, (string)step["agencyEId"]!);
            var officer = await ApiWorld.SignInAsync(host, ApiWorld.OfficerFor(host, step));
            dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(officer, $"/api/tasks/{(long)step["id"]!}/complete",
                new { outcome = (string)step["outcomes"]![0]! }), HttpStatusCode.OK);
        }
        // Two working days later neither agency has answered: both used more than their share.
        _world.Clock.Advance(TimeSpan.FromDays(2));
        desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");

        var detail = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);
        var rows = detail["trackingSheet"]!.AsArray();
        var transfers = rows.Where(r => (string)r!["stepType"]! == "TthcFlow.Transfer").ToList();
        Assert.Equal(2, transfers.Count);
        var police = transfers.Single(t => (string)t!["agencyEId"]! == "002.01.70.H15")!;
        Assert.Equal("residence-registration-linked", (string)police["childDefinitionId"]!);
        var inside = rows.Where(r => (long?)r!["parentTaskId"] == (long)police["taskId"]!).ToList();
        Assert.NotEmpty(inside);
        Assert.All(inside, r => Assert.Equal("002.01.70.H15", (string)r!["agencyEId"]!));

        var ledger = detail["ledger"]!.AsArray();
        var policeStay = ledger.Single(s => (long)s!["taskId"]! == (long)police["taskId"]!)!;
        Assert.True((double)policeStay["allottedHours"]! > 0);
        Assert.True((double)policeStay["usedHours"]! > (double)policeStay["allottedHours"]!);
        Assert.True((bool)policeStay["late"]!);
        Assert.Null(policeStay["leftAt"]);
        // The commune's own steps were done at once: on time.
        Assert.All(ledger.Where(s => (string)s!["agencyEId"]! == ApiWorld.Committee), s => Assert.False((bool)s!["late"]!));

        // The police see the same dossier (they hold a step of it) with its ledger.
        var policeOfficer = await ApiWorld.SignInAsync(host, ApiWorld.OfficerFor(host, JsonNode.Parse(inside[0]!.ToJsonString())!));
        var seen = await ApiWorld.JsonAsync(await policeOfficer.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);
        Assert.Equal(ledger.Count, seen["ledger"]!.AsArray().Count);
    }
}
