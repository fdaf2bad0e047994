using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TthcFlow.Engine.Tests.Api;
using static TthcFlow.Engine.Tests.Security.AccessMatrixTests;

namespace TthcFlow.Engine.Tests.Security;

/// <summary>
/// Dossiers for the access matrix, each in the state an action needs, made through the API by the
/// officers entitled to: filed at Hòa Phú's desk and waiting at the specialist's step, or approved
/// and waiting at the leader's signing step; suspended by
/// the leader; filed online and awaiting receipt; waiting for the citizen's supplement; owing an
/// apology. One dossier serves every refused cell until an allowed action changes it.
/// </summary>
internal sealed class MatrixDossiers(ApiWorld world, WebApplicationFactory<Program> host)
{
    private readonly Dictionary<Setup, Prepared> _current = [];
    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<Prepared?> ForAsync(Setup setup)
    {
        if (setup == Setup.None) return null;
        if (!_current.TryGetValue(setup, out var prepared))
            _current[setup] = prepared = await CreateAsync(setup);
        return prepared;
    }

    /// <summary>The dossier changed (an allowed action ran): the next cell gets a fresh one.</summary>
    public void Consumed(Setup setup) => _current.Remove(setup);

    private async Task<Prepared> CreateAsync(Setup setup)
    {
        var desk = await ClientAsync("motcua.hoaphu");
        if (setup == Setup.AwaitingReceipt)
        {
            var filed = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(ApiWorld.Anonymous(host), "/api/public/dossiers", new
            {
                definitionId = "birth-registration",
                receivingAgencyEId = ApiWorld.Centre,
                applicant = new { name = "Lê Văn Cường", idNumber = "066090005555" },
            }), HttpStatusCode.Created);
            var online = await ApiWorld.JsonAsync(await desk.GetAsync($"/api/dossiers/by-code/{(string)filed["code"]!}"), HttpStatusCode.OK);
            return new Prepared((long)online["dossier"]!["id"]!, (string)filed["code"]!, 0, 0);
        }

        var dossier = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(desk, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);
        var task = dossier["activeTasks"]![0]!;
        var prepared = new Prepared((long)dossier["id"]!, (string)dossier["code"]!, (long)task["id"]!, 0);
        var holder = await ClientAsync(ApiWorld.OfficerFor(host, task));
        switch (setup)
        {
            case Setup.AtSigning:
                var approved = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(holder, $"/api/tasks/{prepared.TaskId}/complete", new { outcome = "Approved" }), HttpStatusCode.OK);
                prepared = prepared with { TaskId = (long)approved["activeTasks"]![0]!["id"]! };
                break;
            case Setup.Suspended:
                await ApiWorld.JsonAsync(await ApiWorld.PostAsync(await ClientAsync("lanhdao.hoaphu"), $"/api/dossiers/{prepared.Id}/suspend", new { reason = "Xác minh" }), HttpStatusCode.OK);
                break;
            case Setup.WaitingForSupplement:
                await ApiWorld.JsonAsync(await ApiWorld.PostAsync(holder, $"/api/tasks/{prepared.TaskId}/supplement-request", new { items = "Giấy chứng sinh" }), HttpStatusCode.OK);
                break;
            case Setup.ApologyOwed:
                await ApiWorld.JsonAsync(await ApiWorld.PostAsync(holder, $"/api/tasks/{prepared.TaskId}/foresee-late", new { reason = "Chờ xác minh" }), HttpStatusCode.OK);
                prepared = prepared with { ApologyId = long.Parse(world.Column($"SELECT Id FROM apologies WHERE DossierId = {prepared.Id}").Single(), System.Globalization.CultureInfo.InvariantCulture) };
                break;
        }
        return prepared;
    }

    private async Task<HttpClient> ClientAsync(string userName)
    {
        if (!_clients.TryGetValue(userName, out var client))
            _clients[userName] = client = await ApiWorld.SignInAsync(host, userName);
        return client;
    }
}
