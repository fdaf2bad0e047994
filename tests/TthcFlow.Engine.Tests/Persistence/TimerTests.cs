using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Persistence;

/// <summary>Durable timers: armed and disarmed with the state that owns them, fired once through the write path.</summary>
public abstract class TimerTests(StoreProvider store) : IAsyncLifetime
{
    private readonly DossierWorld _world = new(store, ElsaJson.Read(WithDelayBeforeReturn()));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task A_timer_is_a_row_while_it_waits_fires_at_its_due_instant_and_fires_once()
    {
        var pipeline = _world.Started();
        var dossier = (await pipeline.ExecuteAsync(_world.BirthRegistration() with { DefinitionId = "birth-with-delay" })).Dossier!;
        foreach (var outcome in new[] { "Approved", "Signed" })
        {
            var task = dossier.ActiveTasks.Single();
            dossier = (await pipeline.ExecuteAsync(new CompleteTask(task.Id, outcome, null, _world.OfficerFor(task)))).Dossier!;
        }
        Assert.Empty(dossier.ActiveTasks);
        var timer = Assert.Single(await TimersAsync());
        Assert.Equal(_world.Clock.GetUtcNow().AddHours(1), timer.DueAt);

        var early = await pipeline.ExecuteAsync(new FireDossierTimer(dossier.Id, (int)timer.Ref));
        _world.Clock.Advance(TimeSpan.FromHours(1));
        var fired = await pipeline.ExecuteAsync(new FireDossierTimer(dossier.Id, (int)timer.Ref));
        var twice = await pipeline.ExecuteAsync(new FireDossierTimer(dossier.Id, (int)timer.Ref));

        Assert.Equal(DomainErrorCode.InvalidState, early.Error!.Code);
        Assert.Equal("TthcFlow.ReturnResult", fired.Dossier!.ActiveTasks.Single().StepType);
        Assert.Equal(NationalStatus.Processed, fired.Dossier.Status);
        Assert.Equal(fired.Dossier.Version, twice.Dossier!.Version);
        Assert.Empty(await TimersAsync());
    }

    /// <summary>The runtime's timer rows (deadline timers of the dossier are tested in Deadlines/).</summary>
    private async Task<List<DossierTimer>> TimersAsync()
    {
        await using var db = _world.Db();
        return await db.Set<DossierTimer>().AsNoTracking().Where(t => t.Purpose == TimerPurpose.Bookmark).ToListAsync();
    }

    /// <summary>Birth registration with an hour's delay between the signature and the return.</summary>
    private static string WithDelayBeforeReturn()
    {
        var json = JsonNode.Parse(DossierWorld.SampleJson("birth-registration.json"))!.AsObject();
        json["definitionId"] = "birth-with-delay";
        var root = json["root"]!;
        root["activities"]!.AsArray().Add(JsonNode.Parse("""
            {"id":"wait","type":"Elsa.Delay","version":1,
             "timeSpan":{"typeName":"TimeSpan","expression":{"type":"Literal","value":"01:00:00"}},
             "customProperties":{},"metadata":{"designer":{"position":{"x":0,"y":0}}}}
            """));
        foreach (var connection in root["connections"]!.AsArray())
        {
            if ((string?)connection!["source"]!["port"] == "Signed")
                connection["target"]!["activity"] = "wait";
        }
        root["connections"]!.AsArray().Add(JsonNode.Parse("""
            {"source":{"activity":"wait","port":"Done"},"target":{"activity":"returnResult","port":"In"},"vertices":[]}
            """));
        return json.ToJsonString();
    }

    public sealed class OnSqlite() : TimerTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : TimerTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
