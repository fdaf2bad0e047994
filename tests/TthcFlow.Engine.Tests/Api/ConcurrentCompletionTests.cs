using System.Net;

namespace TthcFlow.Engine.Tests.Api;

/// <summary>Two officers of the same post complete the same task at once: one wins, the other gets a clear 409.</summary>
public sealed class ConcurrentCompletionTests : IDisposable
{
    private readonly ApiWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Exactly_one_of_two_concurrent_completions_succeeds_and_the_other_is_a_conflict()
    {
        var specialistPost = DemoSpecialist();
        var colleague = _world.AddColleague(specialistPost, "chuyenvien2.hoaphu");
        using var host = _world.Start();
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
        long taskId = (long)dossier["activeTasks"]![0]!["id"]!;
        Assert.Equal(specialistPost.Username, ApiWorld.OfficerFor(host, dossier["activeTasks"]![0]!));
        var first = await ApiWorld.SignInAsync(host, specialistPost.Username);
        var second = await ApiWorld.SignInAsync(host, colleague.Username);

        var responses = await Task.WhenAll(
            ApiWorld.PostAsync(first, $"/api/tasks/{taskId}/complete", new { outcome = "Approved", comment = "Người thứ nhất" }),
            ApiWorld.PostAsync(second, $"/api/tasks/{taskId}/complete", new { outcome = "Approved", comment = "Người thứ hai" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        var problem = await ApiWorld.JsonAsync(loser, HttpStatusCode.Conflict);
        Assert.Equal("Conflict", (string)problem["code"]!);
        var detail = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/{(long)dossier["id"]!}"), HttpStatusCode.OK);
        Assert.Single(detail["trackingSheet"]!.AsArray(), r => (long)r!["taskId"]! == taskId && (string?)r["outcome"] == "Approved");
        Assert.Equal(["Received", "TaskCompleted"], _world.Column($"SELECT Action FROM audit WHERE DossierId = {(long)dossier["id"]!} ORDER BY Seq"));
    }

    /// <summary>The post the birth registration's appraisal lands on: the committee's first specialist.</summary>
    private static TthcFlow.Engine.Organisation.DemoOfficer DemoSpecialist()
    {
        var organisation = TthcFlow.Engine.Tests.Organisation.DemoOrganisation.Organisation;
        return TthcFlow.Engine.Organisation.DemoOfficers.Generate(organisation).First(o => o.Username == "chuyenvien.hoaphu");
    }
}
