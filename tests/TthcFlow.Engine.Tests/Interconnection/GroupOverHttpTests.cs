using System.Net;
using System.Text.Json.Nodes;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.Interconnection;

/// <summary>
/// The interconnected birth group over HTTP against the seeded sample procedures: the Hòa Phú desk
/// files it, each unit's officer completes the steps in their own inbox (the commune, the commune
/// police's internal procedure, the social insurance's), the desk returns the result; an officer of
/// another commune is refused the dossier while it sits with the police.
/// </summary>
public sealed class GroupOverHttpTests : IDisposable
{
    private readonly ApiWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task The_birth_group_runs_end_to_end_through_every_unit_s_inbox()
    {
        using var host = _world.Start();
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");
        var dossier = await ApiWorld.FileBirthAsAsync(desk, "birth-residence-health-insurance");
        long id = (long)dossier["id"]!;

        var agencies = new List<string>();
        bool checkedVisibility = false;
        for (int guard = 0; (string)dossier["status"]! != "Returned"; guard++)
        {
            Assert.True(guard < 12, "the group should end within a dozen steps");
            _world.Clock.Advance(TimeSpan.FromMinutes(10));
            // Transfers are answered by the internal procedures' steps; take the first officer step.
            var task = dossier["activeTasks"]!.AsArray().First(t => (string)t!["stepType"]! != "TthcFlow.Transfer")!;
            var officer = await ApiWorld.SignInAsync(host, ApiWorld.OfficerFor(host, task));
            if (!checkedVisibility && (string)task["agencyEId"]! == "002.01.70.H15")
            {
                var inbox = await ApiWorld.JsonAsync(await officer.GetAsync("/api/inbox?list=InterAgency"), HttpStatusCode.OK);
                Assert.Contains(inbox["items"]!.AsArray(), i => (long)i!["taskId"]! == (long)task["id"]!);
                await ApiWorld.JsonAsync(await officer.GetAsync($"/api/dossiers/{id}"), HttpStatusCode.OK);
                var stranger = await ApiWorld.SignInAsync(host, ApiWorld.Officers(host).First(o => o.AgencyEId == "002.02.70.H15").Username);
                Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/dossiers/{id}")).StatusCode);
                checkedVisibility = true;
            }
            string outcome = (string)task["outcomes"]![0]!;
            dossier = await ApiWorld.JsonAsync(
                await ApiWorld.PostAsync(officer, $"/api/tasks/{(long)task["id"]!}/complete", new { outcome }), HttpStatusCode.OK);
            agencies.Add((string)task["agencyEId"]!);
        }

        Assert.True(checkedVisibility);
        // Commune registers and signs, then police (two steps) and social insurance in either order, then the desk returns.
        Assert.Equal(["000.01.70.H15", "000.01.70.H15"], agencies.Take(2));
        Assert.Equal(["000.00.54.H15", "002.01.70.H15", "002.01.70.H15"], agencies.Skip(2).Take(3).Order());
        Assert.Equal(["001.01.70.H15"], agencies.Skip(5));
    }
}
