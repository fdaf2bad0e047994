using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Tests.Api;
using TthcFlow.Engine.Tests.Hosting;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.MultiNode;

/// <summary>
/// Two engine nodes started at the same moment on an empty PostgreSQL database: one migrates and
/// seeds while the other waits for it (nothing is loaded twice, one data-protection key is made);
/// each claims timers with leases under its own name; an officer signed in on one node is
/// signed in on the other.
/// </summary>
public sealed class NodeStartTests : IDisposable, IOnPostgreSql
{
    private readonly EngineNodes _nodes = PostgreSqlServer.ConnectionString is null ? null! : new EngineNodes();

    public void Dispose() => _nodes?.Dispose();

    [StoreFact]
    public async Task Two_nodes_starting_together_on_an_empty_database_migrate_and_seed_it_once_and_share_one_cookie_key()
    {
        var (a, b) = (_nodes.Node("node-a", TimeSpan.FromSeconds(45)), _nodes.Node("node-b", TimeSpan.FromSeconds(45)));

        await EngineNodes.StartTogetherAsync(a, b);

        int shipped = Directory.GetFiles(Path.Combine(RepoPaths.Workflows, "procedures"), "*.json", SearchOption.AllDirectories).Length;
        Assert.Equal(shipped, await _nodes.ScalarAsync("SELECT count(*) FROM definitions"));
        Assert.Equal(1, await _nodes.ScalarAsync("""SELECT count(*) FROM "DataProtectionKeys" """));
        var claims = Assert.IsType<LeasedTimerClaims>(a.Services.GetRequiredService<ITimerClaims>());
        Assert.Equal(("node-a", TimeSpan.FromSeconds(45)), (claims.Node.Id, claims.Node.Lease));
        Assert.Equal("node-b", Assert.IsType<LeasedTimerClaims>(b.Services.GetRequiredService<ITimerClaims>()).Node.Id);

        // Signed in on node A: the cookie is accepted by node B, which files a dossier with it.
        var onA = ApiWorld.Anonymous(a);
        var signIn = await onA.PostAsJsonAsync("/api/session", new { userName = "motcua.hoaphu", password = ApiWorld.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(TthcFlow.Engine.Security.OfficerAuthentication.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
        var onB = b.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("/api/session")).StatusCode);
        onB.DefaultRequestHeaders.Add("Cookie", cookie);

        var me = await ApiWorld.JsonAsync(await onB.GetAsync("/api/session"), HttpStatusCode.OK);
        var filed = await ApiWorld.JsonAsync(await ApiWorld.PostAsync(onB, "/api/dossiers", ApiWorld.BirthRegistration()), HttpStatusCode.Created);

        Assert.Equal("motcua.hoaphu", (string)me["userName"]!);
        Assert.Equal(1, await _nodes.ScalarAsync($"""SELECT count(*) FROM dossiers WHERE "Id" = {(long)filed["id"]!}"""));
    }
}
