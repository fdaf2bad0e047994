using System.Net;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.Portal;

/// <summary>
/// The dead-letter list, its requeue and the reconciliation report over HTTP: a province leader
/// sees and requeues, other officers are refused, bad input is a located 400 that changes nothing.
/// The server runs without a portal endpoint (dispatcher off), so what it stores stays put.
/// </summary>
public sealed class PortalApiTests : IDisposable
{
    private const string ProvinceCommittee = "000.00.00.H15";
    private const string Week = "from=2026-03-02T00:00:00%2B07:00&to=2026-03-09T00:00:00%2B07:00";
    private readonly ApiWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_province_leader_sees_a_dead_letter_in_the_list_and_the_reconciliation_and_requeues_it()
    {
        using var host = _world.Start();
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
        string code = (string)dossier["code"]!;
        // The portal refused the dossier's status message (as the dispatcher records a refusal).
        _world.Column("""UPDATE outbox SET "DeadLetteredAt" = 1772413200000, "Attempts" = 1, "LastError" = 'HTTP 400: procedureCode unknown' WHERE "Kind" = 'StatusSync'""");
        var leader = await ApiWorld.SignInAsync(host, ApiWorld.Officers(host).First(o => o.AgencyEId == ProvinceCommittee && o.Role == RoleCodes.Leader).Username);

        var dead = Assert.Single((await ApiWorld.JsonAsync(await leader.GetAsync("/api/admin/portal/dead-letters"), HttpStatusCode.OK)).AsArray())!;
        Assert.Equal((code, 1, "HTTP 400: procedureCode unknown"), ((string)dead["dossierCode"]!, (int)dead["seq"]!, (string)dead["lastError"]!));
        var sync = await ApiWorld.JsonAsync(await leader.GetAsync($"/api/reports/portal-sync?{Week}"), HttpStatusCode.OK);
        Assert.Equal((1, 1, 1), ((int)sync["total"]!["created"]!, (int)sync["total"]!["deadLettered"]!, (int)sync["total"]!["dossiersBehind"]!));
        Assert.Equal(code, (string)sync["behind"]![0]!["code"]!);

        var requeued = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(leader, "/api/admin/portal/dead-letters/requeue", new { dossierCode = code }), HttpStatusCode.OK);

        Assert.Equal(1, (int)requeued["requeued"]!);
        Assert.Empty((await ApiWorld.JsonAsync(await leader.GetAsync("/api/admin/portal/dead-letters"), HttpStatusCode.OK)).AsArray());
        sync = await ApiWorld.JsonAsync(await leader.GetAsync($"/api/reports/portal-sync?{Week}"), HttpStatusCode.OK);
        Assert.Equal((1, 0, 1), ((int)sync["total"]!["pending"]!, (int)sync["total"]!["deadLettered"]!, (int)sync["total"]!["dossiersBehind"]!));
        Assert.Equal(["0"], _world.Column("""SELECT "Attempts" FROM outbox WHERE "Kind" = 'StatusSync'"""));
    }

    [Fact]
    public async Task Only_a_province_leader_may_see_or_requeue_dead_letters_and_bad_input_changes_nothing()
    {
        using var host = _world.Start();
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
        _world.Column("""UPDATE outbox SET "DeadLetteredAt" = 1772413200000, "Attempts" = 8 WHERE "Kind" = 'StatusSync'""");
        var leader = await ApiWorld.SignInAsync(host, ApiWorld.Officers(host).First(o => o.AgencyEId == ProvinceCommittee && o.Role == RoleCodes.Leader).Username);

        Assert.Equal(HttpStatusCode.Forbidden, (await desk.GetAsync("/api/admin/portal/dead-letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiWorld.PostAsync(desk, "/api/admin/portal/dead-letters/requeue", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiWorld.Anonymous(host).GetAsync($"/api/reports/portal-sync?{Week}")).StatusCode);
        var bad = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(leader, "/api/admin/portal/dead-letters/requeue", "{\"id\": \"x\"}"), HttpStatusCode.BadRequest);
        Assert.Equal("id", (string)bad["field"]!);
        bad = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(leader, "/api/admin/portal/dead-letters/requeue", new { id = -1 }), HttpStatusCode.BadRequest);
        Assert.Equal("id", (string)bad["field"]!);
        bad = await ApiWorld.JsonAsync(await leader.GetAsync("/api/reports/portal-sync?to=2026-03-09T00:00:00%2B07:00"), HttpStatusCode.BadRequest);
        Assert.Equal("from", (string)bad["field"]!);
        bad = await ApiWorld.JsonAsync(await leader.GetAsync("/api/admin/portal/dead-letters?limit=0"), HttpStatusCode.BadRequest);
        Assert.Equal("limit", (string)bad["field"]!);

        Assert.Equal(["8"], _world.Column("""SELECT "Attempts" FROM outbox WHERE "Kind" = 'StatusSync' AND "DeadLetteredAt" IS NOT NULL"""));
        var desksOwn = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/reports/portal-sync?{Week}"), HttpStatusCode.OK);
        Assert.Equal(0, (int)desksOwn["total"]!["created"]!); // the centre's own scope: the committee decides the dossier
    }
}
