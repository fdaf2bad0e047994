using System.Net;
using System.Text.Json.Nodes;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.Interconnection;

/// <summary>
/// The land-transfer chain over HTTP, filed by post regardless of administrative boundaries: the
/// Hòa Phú centre receives the parcel (its postal tracking number recorded), the provincial land
/// registration office decides with the tax authority in the chain, the province centre sends the
/// result back by post with the item's tracking number, and records the post's delivery.
/// </summary>
public sealed class LandTransferOverHttpTests : IDisposable
{
    private const string HoaPhuCentre = "001.01.70.H15", LandOffice = "000.01.12.H15", ProvinceCentre = "000.00.02.H15";
    private readonly ApiWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_land_transfer_sent_in_and_returned_by_post_runs_through_every_unit_and_keeps_its_postal_tracking()
    {
        using var host = _world.Start();
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiWorld.BirthRegistration()))!;
        body["definitionId"] = "land-transfer-interconnected";
        body["channel"] = 3;
        body["resultDelivery"] = "ByPost";
        body["returnAgencyEId"] = ProvinceCentre;

        // A tracking number belongs to a parcel: refused with channel 1, and when it is not one.
        body["postalTracking"] = "RR 987 654 321 VN";
        body["channel"] = 1;
        Assert.Equal(HttpStatusCode.BadRequest, (await ApiWorld.PostAsync(desk, "/api/dossiers", body.ToJsonString())).StatusCode);
        body["channel"] = 3;
        body["postalTracking"] = "??";
        Assert.Equal(HttpStatusCode.BadRequest, (await ApiWorld.PostAsync(desk, "/api/dossiers", body.ToJsonString())).StatusCode);
        body["postalTracking"] = "RR 987 654 321 VN";

        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", body.ToJsonString()), HttpStatusCode.Created);
        long id = (long)dossier["id"]!;
        var detail = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);
        Assert.Equal(("RR987654321VN", LandOffice, ProvinceCentre), ((string)detail["dossier"]!["submissionPostalCode"]!,
            (string)detail["dossier"]!["competentAgencyEId"]!, (string)detail["dossier"]!["returnAgencyEId"]!));

        var agencies = new List<string>();
        for (int guard = 0; (string)dossier["status"]! != "Returned"; guard++)
        {
            Assert.True(guard < 12, "the chain should end within a dozen steps");
            _world.Clock.Advance(TimeSpan.FromMinutes(30));
            var task = dossier["activeTasks"]!.AsArray().First(t => (string)t!["stepType"]! != "TthcFlow.Transfer")!;
            var officer = await ApiWorld.SignInAsync(host, ApiWorld.OfficerFor(host, task));
            string url = $"/api/tasks/{(long)task["id"]!}/complete";
            string outcome = (string)task["outcomes"]![0]!;
            if ((string)task["stepType"]! == "TthcFlow.ReturnResult")
            {
                // By post: the item's tracking number is required.
                var untracked = await ApiWorld.PostAsync(officer, url, new { outcome });
                Assert.Equal(HttpStatusCode.BadRequest, untracked.StatusCode);
                Assert.Contains("bưu gửi", await untracked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(officer, url, new { outcome, postalTracking = "ee123456789vn" }), HttpStatusCode.OK);
            }
            else
            {
                dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(officer, url, new { outcome }), HttpStatusCode.OK);
            }
            agencies.Add((string)task["agencyEId"]!);
        }

        Assert.Equal(HoaPhuCentre, agencies[0]);             // the receiving desk checks the parcel
        Assert.Contains(LandOffice, agencies);               // the competent land office decides
        Assert.Equal(ProvinceCentre, agencies[^1]);          // the desk the citizen chose sends the result
        _world.Clock.Advance(TimeSpan.FromDays(2));
        var provinceDesk = await ApiWorld.SignInAsync(host, ApiWorld.Officers(host).First(o => o.AgencyEId == ProvinceCentre && o.Role == "OneStopOfficer").Username);
        desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var delivered = _world.Clock.GetUtcNow().AddHours(-4);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await ApiWorld.PostAsync(provinceDesk, $"/api/dossiers/{id}/postal-delivery", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await ApiWorld.PostAsync(desk, $"/api/dossiers/{id}/postal-delivery", new { deliveredAt = delivered })).StatusCode);
        await ApiWorld.JsonAsync(await ApiWorld.PostAsync(provinceDesk, $"/api/dossiers/{id}/postal-delivery", new { deliveredAt = delivered }), HttpStatusCode.OK);

        var returned = (await ApiWorld.JsonAsync(await provinceDesk.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK))["dossier"]!;
        Assert.Equal("EE123456789VN", (string)returned["returnPostalCode"]!);
        Assert.Equal(delivered, (DateTimeOffset)returned["returnDeliveredAt"]!);
        Assert.Equal((DateTimeOffset)returned["returnedAt"]!, (DateTimeOffset)returned["returnPostedAt"]!);
    }
}
