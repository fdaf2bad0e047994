using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>
/// A birth registration at Hòa Phú, end to end over HTTP: the desk files it, the committee's
/// specialist and leader act from their inboxes, the desk returns the result; and the same with the
/// server restarted half-way.
/// </summary>
public sealed class ProcedureOverHttpTests : IDisposable
{
    private readonly ApiWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Desk_specialist_and_leader_take_a_dossier_from_filing_to_return_and_the_tracking_sheet_and_store_record_every_step()
    {
        using var host = _world.Start();
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var me = await ApiWorld.JsonAsync(await desk.GetAsync("/api/session"), HttpStatusCode.OK);
        Assert.Equal((ApiWorld.Centre, "OneStopOfficer"), ((string)me["agencyEId"]!, (string)me["roles"]![0]!));

        var filed = await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration());
        var dossier = await ApiWorld.JsonAsync(filed, HttpStatusCode.Created);
        long id = (long)dossier["id"]!;
        Assert.Equal($"/api/dossiers/{id}", filed.Headers.Location!.OriginalString);
        Assert.Equal($"\"v{(int)dossier["version"]!}\"", filed.Headers.ETag!.Tag);
        Assert.Equal("Received", (string)dossier["status"]!);
        Assert.StartsWith("H15", (string)dossier["code"]!, StringComparison.Ordinal);

        var steps = new List<(string List, string Outcome, string Officer)>();
        foreach (var (list, outcome) in new[] { ("NewlyReceived", "Approved"), ("InProcess", "Signed"), ("WaitingToReturn", "Done") })
        {
            _world.Clock.Advance(TimeSpan.FromMinutes(25));
            var task = Assert.Single(dossier["activeTasks"]!.AsArray())!;
            var userName = ApiWorld.OfficerFor(host, task);
            var officer = await ApiWorld.SignInAsync(host, userName);
            var inbox = await ApiWorld.JsonAsync(await officer.GetAsync($"/api/inbox?list={list}"), HttpStatusCode.OK);
            var line = Assert.Single(inbox["items"]!.AsArray(), i => (long)i!["dossierId"]! == id)!;
            Assert.Equal((long)task["id"]!, (long)line["taskId"]!);
            Assert.True((int)inbox["counters"]![list]! >= 1);

            var claimed = await ApiWorld.PostAsync(officer, $"/api/tasks/{(long)task["id"]!}/claim");
            await ApiWorld.JsonAsync(claimed, HttpStatusCode.OK);
            _world.Clock.Advance(TimeSpan.FromMinutes(5));
            var done = await ApiWorld.PostAsync(officer, $"/api/tasks/{(long)task["id"]!}/complete",
                new { outcome, comment = $"Ý kiến: {outcome}" }, ifMatch: claimed.Headers.ETag!.Tag);
            dossier = await ApiWorld.JsonAsync(done, HttpStatusCode.OK);
            steps.Add((list, outcome, userName));
        }
        Assert.Equal("Returned", (string)dossier["status"]!);
        Assert.Equal(["chuyenvien", "lanhdao", "motcua"], steps.Select(s => s.Officer.Split('.')[0]));

        var detail = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);
        var sheet = detail["trackingSheet"]!.AsArray();
        Assert.Equal(["Accepted", "Approved", "Signed", "Done"], sheet.Select(r => (string)r!["outcome"]!));
        Assert.All(sheet, r =>
        {
            Assert.False(string.IsNullOrEmpty((string?)r!["receivedBy"]));
            Assert.NotNull(r["completedAt"]);
            Assert.Equal("OnTime", (string)r["result"]!);
        });
        Assert.Equal(DateTimeOffset.Parse((string)sheet[1]!["givenAt"]!), DateTimeOffset.Parse((string)sheet[0]!["completedAt"]!));
        Assert.Equal("Ý kiến: Signed", (string)sheet[2]!["note"]!);
        Assert.Null(detail["dossier"]!["instance"]);
        Assert.Equal(2, detail["documents"]!.AsArray().Count);

        int version = (int)detail["dossier"]!["version"]!;
        var expected = Enumerable.Range(1, version).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(expected, _world.Column($"SELECT Seq FROM audit WHERE DossierId = {id} ORDER BY Seq"));
        Assert.Equal(expected, _world.Column($"SELECT Seq FROM outbox WHERE DossierId = {id} ORDER BY Seq"));
        Assert.Equal(["Received", "TaskClaimed", "TaskCompleted", "TaskClaimed", "TaskCompleted", "TaskClaimed", "TaskCompleted"],
            _world.Column($"SELECT Action FROM audit WHERE DossierId = {id} ORDER BY Seq"));
    }

    [Fact]
    public async Task A_dossier_open_at_a_restart_is_in_the_new_servers_inbox_and_goes_on_to_its_return()
    {
        long id, signTask;
        string leader;
        using (var first = _world.Start())
        {
            var desk = await ApiWorld.SignInAsync(first, "motcua.hoaphu");
            var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
            id = (long)dossier["id"]!;
            var appraisal = dossier["activeTasks"]![0]!;
            var specialist = await ApiWorld.SignInAsync(first, ApiWorld.OfficerFor(first, appraisal));
            var next = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(specialist, $"/api/tasks/{(long)appraisal["id"]!}/complete",
                new { outcome = "Approved" }), HttpStatusCode.OK);
            signTask = (long)next["activeTasks"]![0]!["id"]!;
            leader = ApiWorld.OfficerFor(first, next["activeTasks"]![0]!);
        }

        using var second = _world.Start();
        var leaderClient = await ApiWorld.SignInAsync(second, leader);
        var inbox = await ApiWorld.JsonAsync(await leaderClient.GetAsync("/api/inbox?list=InProcess"), HttpStatusCode.OK);
        Assert.Contains(inbox["items"]!.AsArray(), i => (long)i!["taskId"]! == signTask);
        var signed = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(leaderClient, $"/api/tasks/{signTask}/complete", new { outcome = "Signed" }), HttpStatusCode.OK);
        var desk2 = await ApiWorld.SignInAsync(second, "motcua.hoaphu");
        var returned = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk2, $"/api/tasks/{(long)signed["activeTasks"]![0]!["id"]!}/complete",
            new { outcome = "Done" }), HttpStatusCode.OK);

        Assert.Equal("Returned", (string)returned["status"]!);
        var detail = await ApiWorld.JsonAsync(await desk2.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);
        Assert.Equal(["Accepted", "Approved", "Signed", "Done"], detail["trackingSheet"]!.AsArray().Select(r => (string)r!["outcome"]!));
    }
}
