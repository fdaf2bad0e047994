using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Persistence;

/// <summary>The write path's guarantees: gap-free codes, isolation of refused commands, one winner per task, durability.</summary>
public abstract class PipelineTests(StoreProvider store) : IAsyncLifetime
{
    private readonly DossierWorld _world = new(store);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task Concurrent_submits_get_consecutive_codes_without_gaps_or_duplicates()
    {
        var pipeline = _world.Started(new PipelineOptions { MaxBatchSize = 16 });
        var valid = Enumerable.Range(1, 200).Select(i => _world.BirthRegistration($"Công dân {i}"));
        var invalid = Enumerable.Range(1, 30).Select(_ => _world.BirthRegistration(applicant: " "));
        var submits = valid.Concat(invalid).OrderBy(_ => Random.Shared.Next()).ToList();

        var results = await Task.WhenAll(submits.Select(s => Task.Run(() => pipeline.ExecuteAsync(s))));

        Assert.Equal(30, results.Count(r => r.Error?.Code == DomainErrorCode.InvalidInput));
        var codes = results.Where(r => r.Succeeded).Select(r => r.Dossier!.Code).Order().ToList();
        var prefix = $"{_world.Organisation.GetAgency(DossierWorld.Centre).ShortId}-260302-";
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"{prefix}{i:D4}"), codes);
        await using var db = _world.Db();
        Assert.Equal(200, await db.Set<Dossier>().CountAsync());
        Assert.True(pipeline.Statistics.Batches > 1, "the submits should have spread over several batches");
    }

    [StoreFact]
    public async Task A_refused_command_changes_nothing_while_the_rest_of_its_batch_commits()
    {
        var setup = _world.Started();
        var dossiers = new List<DossierSummary>();
        for (int i = 0; i < 3; i++)
            dossiers.Add((await setup.ExecuteAsync(_world.BirthRegistration($"Người {i}"))).Dossier!);
        await setup.StopAsync();
        var appraisals = dossiers.Select(d => d.ActiveTasks.Single()).ToList();

        var pipeline = _world.Pipeline();
        var first = pipeline.ExecuteAsync(new CompleteTask(appraisals[0].Id, "Approved", null, _world.OfficerFor(appraisals[0])));
        var wrong = pipeline.ExecuteAsync(new CompleteTask(appraisals[1].Id, "Signed", null, _world.OfficerFor(appraisals[1])));
        var third = pipeline.ExecuteAsync(new CompleteTask(appraisals[2].Id, "Approved", null, _world.OfficerFor(appraisals[2])));
        pipeline.Start();
        var results = await Task.WhenAll(first, wrong, third);

        Assert.Equal(1, pipeline.Statistics.Batches);
        Assert.True(results[0].Succeeded && results[2].Succeeded);
        Assert.Equal(DomainErrorCode.WrongOutcome, results[1].Error!.Code);
        await using var db = _world.Db();
        var unchanged = await db.Set<Dossier>().SingleAsync(d => d.Id == dossiers[1].Id);
        Assert.Equal(dossiers[1].Version, unchanged.Version);
        Assert.Equal(OfficerTaskStatus.Open, (await db.Set<DossierTask>().SingleAsync(t => t.Id == appraisals[1].Id)).Status);
        Assert.Equal(dossiers[1].Version, await db.Set<AuditRecord>().CountAsync(a => a.DossierId == dossiers[1].Id));
        Assert.Equal(dossiers[0].Version + 1, (await db.Set<Dossier>().SingleAsync(d => d.Id == dossiers[0].Id)).Version);
    }

    [StoreTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_officers_completing_one_task_give_one_success_and_one_conflict(bool sameBatch)
    {
        var setup = _world.Started();
        var appraisal = (await setup.ExecuteAsync(_world.BirthRegistration())).Dossier!.ActiveTasks.Single();
        await setup.StopAsync();
        var officer = _world.OfficerFor(appraisal);
        var colleague = DossierWorld.Colleague(officer);

        var pipeline = _world.Pipeline(new PipelineOptions { MaxBatchSize = sameBatch ? 64 : 1 });
        var a = pipeline.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", "Hồ sơ hợp lệ", officer));
        var b = pipeline.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", "Đủ điều kiện", colleague));
        pipeline.Start();
        var results = await Task.WhenAll(a, b);

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Error?.Code == DomainErrorCode.Conflict);
        await using var db = _world.Db();
        Assert.Equal(1, await db.Set<AuditRecord>().CountAsync(x => x.TaskId == appraisal.Id && x.Action == "TaskCompleted"));
    }

    [StoreFact]
    public async Task A_new_pipeline_on_the_same_file_continues_every_dossier_and_every_sequence()
    {
        var before = _world.Started();
        var first = new List<DossierSummary>();
        for (int i = 0; i < 3; i++)
            first.Add((await before.ExecuteAsync(_world.BirthRegistration($"Trước {i}"))).Dossier!);
        var appraisal = first[0].ActiveTasks.Single();
        var signing = (await before.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, _world.OfficerFor(appraisal)))).Dossier!;
        await before.StopAsync();

        var after = _world.Started();
        var sign = signing.ActiveTasks.Single();
        var signed = await after.ExecuteAsync(new CompleteTask(sign.Id, "Signed", null, _world.OfficerFor(sign)));
        var next = await after.ExecuteAsync(_world.BirthRegistration("Sau khởi động lại"));

        Assert.True(signed.Succeeded, signed.Error?.Message);
        Assert.Equal(NationalStatus.Processed, signed.Dossier!.Status);
        Assert.EndsWith("-0004", next.Dossier!.Code);
        await using var db = _world.Db();
        var audit = await db.Set<AuditRecord>().Where(a => a.DossierId == signing.Id).OrderBy(a => a.Seq).ToListAsync();
        Assert.Equal(Enumerable.Range(1, signed.Dossier.Version), audit.Select(a => a.Seq));
        Assert.Equal(4, await db.Set<Dossier>().CountAsync());
    }

    public sealed class OnSqlite() : PipelineTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : PipelineTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
