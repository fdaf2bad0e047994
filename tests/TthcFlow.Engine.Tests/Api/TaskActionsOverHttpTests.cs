using System.Net;
using TthcFlow.Engine.Organisation;
using TthcFlow.Engine.Tests.Organisation;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>The task actions that do not simply complete a step, over HTTP: reassign, supplement request and its answer, send back.</summary>
public sealed class TaskActionsOverHttpTests : IDisposable
{
    private readonly ApiWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task The_holder_reassigns_to_a_colleague_who_asks_for_a_supplement_and_the_leader_sends_the_draft_back()
    {
        var post = DemoOfficers.Generate(DemoOrganisation.Organisation).First(o => o.Username == "chuyenvien.hoaphu");
        var colleague = _world.AddColleague(post, "chuyenvien2.hoaphu");
        using var host = _world.Start();
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
        long id = (long)dossier["id"]!, appraisal = (long)dossier["activeTasks"]![0]!["id"]!;
        var holder = await ApiWorld.SignInAsync(host, post.Username);
        var other = await ApiWorld.SignInAsync(host, colleague.Username);

        await ApiWorld.JsonAsync(await ApiWorld.PostAsync(holder, $"/api/tasks/{appraisal}/claim"), HttpStatusCode.OK);
        var picker = await ApiWorld.JsonAsync(await holder.GetAsync($"/api/officers?unit={post.UnitCode}&role=Specialist"), HttpStatusCode.OK);
        Assert.Contains(picker.AsArray(), o => (string)o!["userName"]! == colleague.Username);
        var reassigned = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(holder, $"/api/tasks/{appraisal}/reassign", new { toUserName = colleague.Username }), HttpStatusCode.OK);
        Assert.Equal(colleague.Username, (string)reassigned["activeTasks"]![0]!["assignedTo"]!);
        var mine = await ApiWorld.JsonAsync(await other.GetAsync("/api/inbox?list=Mine"), HttpStatusCode.OK);
        Assert.Contains(mine["items"]!.AsArray(), i => (long)i!["taskId"]! == appraisal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiWorld.PostAsync(holder, $"/api/tasks/{appraisal}/complete", new { outcome = "Approved" })).StatusCode);

        var asked = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(other, $"/api/tasks/{appraisal}/supplement-request",
            new { items = "Bản sao giấy chứng nhận kết hôn của cha mẹ", reason = "Thiếu giấy tờ chứng minh quan hệ" }), HttpStatusCode.OK);
        Assert.Equal("WaitingForSupplement", (string)asked["status"]!);
        var blocked = await ApiWorld.PostAsync(other, $"/api/tasks/{appraisal}/complete", new { outcome = "Approved" });
        Assert.Equal("InvalidState", (string)(await ApiWorld.JsonAsync(blocked, HttpStatusCode.Conflict))["code"]!);
        var supplied = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, $"/api/dossiers/{id}/supplement-received"), HttpStatusCode.OK);
        Assert.Equal("InProcess", (string)supplied["status"]!);

        var sign = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(other, $"/api/tasks/{appraisal}/complete", new { outcome = "Approved" }), HttpStatusCode.OK);
        long signTask = (long)sign["activeTasks"]![0]!["id"]!;
        var leader = await ApiWorld.SignInAsync(host, "lanhdao.hoaphu");
        var sentBack = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(leader, $"/api/tasks/{signTask}/send-back", new { reason = "Sai tên cha trong tờ khai" }), HttpStatusCode.OK);

        var reopened = sentBack["activeTasks"]![0]!;
        Assert.Equal("Specialist", (string)reopened["role"]!);
        var detail = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);
        var signRow = detail["trackingSheet"]!.AsArray().Single(r => (long)r!["taskId"]! == signTask)!;
        Assert.Equal(("SentBack", "Sai tên cha trong tờ khai"), ((string)signRow["outcome"]!, (string)signRow["note"]!));
        Assert.Single(detail["supplements"]!.AsArray());
        Assert.NotNull(detail["supplements"]![0]!["suppliedAt"]);
    }
}
