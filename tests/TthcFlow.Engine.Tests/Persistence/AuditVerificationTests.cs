using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Cli;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Persistence;

/// <summary>
/// Kiểm tra nhật ký: a record edited, deleted (in the middle or at the end), inserted, rehashed or
/// moved in a dossier's audit chain is detected, named (what was done) and located (the dossier and
/// the first bad record), and only that dossier is reported; an untouched store verifies, and the
/// <c>verify-audit</c> verb exits 0, 1 or 2 accordingly.
/// </summary>
public abstract class AuditVerificationTests(StoreProvider store) : IAsyncLifetime
{
    private readonly DossierWorld _world = new(store);
    private Dossier _tampered = null!, _other = null!;

    public async Task InitializeAsync()
    {
        try
        {
            var pipeline = _world.Started();
            _tampered = await ProcessTwoStepsAsync(pipeline, "Nguyễn Văn An");
            _other = await ProcessTwoStepsAsync(pipeline, "Trần Thị Bình");
            Assert.Equal(5, _tampered.Version);
        }
        catch
        {
            await _world.DisposeAsync(); // xUnit does not dispose a class whose initialisation failed
            throw;
        }
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task An_untouched_store_verifies_and_the_verb_exits_0()
    {
        var result = await Verify();

        Assert.True(result.Intact);
        Assert.Equal(2, result.Dossiers);
        Assert.Equal(10, result.Records);
        Assert.Equal(0, await VerifyAuditCommand.RunAsync(["--store", _world.Store.ConnectionString]));
        Assert.Equal(0, await VerifyAuditCommand.RunAsync(["--store", _world.Store.ConnectionString, "--dossier", _tampered.Code]));
    }

    [StoreTheory]
    [InlineData("""UPDATE audit SET "Detail" = 'đã sửa' WHERE "Seq" = 3""", AuditDamage.Edited, 3)]
    [InlineData("""UPDATE audit SET "Status" = 10 WHERE "Seq" = 2""", AuditDamage.Edited, 2)]
    [InlineData("""UPDATE audit SET "Actor" = 'lanhdao.khac' WHERE "Seq" = 5""", AuditDamage.Edited, 5)]
    [InlineData("""DELETE FROM audit WHERE "Seq" = 3""", AuditDamage.Deleted, 3)]
    [InlineData("""DELETE FROM audit WHERE "Seq" = 5""", AuditDamage.Deleted, 5)]
    [InlineData("""DELETE FROM audit WHERE "Seq" = 1""", AuditDamage.Deleted, 1)]
    [InlineData("""UPDATE audit SET "Seq" = -1 WHERE "Seq" = 2; UPDATE audit SET "Seq" = 2 WHERE "Seq" = 4; UPDATE audit SET "Seq" = 4 WHERE "Seq" = -1""", AuditDamage.Reordered, 2)]
    public async Task A_tampered_record_is_detected_named_and_located(string sql, AuditDamage damage, int seq)
    {
        await TamperAsync(sql);

        var broken = Assert.Single((await Verify()).Broken);

        Assert.Equal(_tampered.Id, broken.DossierId);
        Assert.Equal(_tampered.Code, broken.Code);
        Assert.Equal(damage, broken.Damage);
        Assert.Equal(seq, broken.Seq);
        Assert.False(string.IsNullOrWhiteSpace(broken.Reason));
        Assert.Equal(1, await VerifyAuditCommand.RunAsync(["--store", _world.Store.ConnectionString]));
        Assert.Equal(0, await VerifyAuditCommand.RunAsync(["--store", _world.Store.ConnectionString, "--dossier", _other.Code]));
    }

    [StoreFact]
    public async Task A_record_edited_and_rehashed_by_someone_who_knows_the_algorithm_is_found_by_the_next_link()
    {
        await ForgeAsync(2, r => r with { Actor = "chuyenvien.khac" });

        var broken = Assert.Single((await Verify()).Broken);

        Assert.Equal((AuditDamage.Edited, 2), (broken.Damage, broken.Seq));
    }

    [StoreFact]
    public async Task The_last_record_rehashed_is_found_by_the_head_on_the_dossier_row()
    {
        await ForgeAsync(5, r => r with { Detail = "sửa" });

        var broken = Assert.Single((await Verify()).Broken);

        Assert.Equal((AuditDamage.Edited, 5), (broken.Damage, broken.Seq));
    }

    [StoreFact]
    public async Task A_record_appended_past_the_dossiers_version_is_an_insertion()
    {
        await using (var db = _world.Db())
        {
            var last = await db.Set<AuditRecord>().SingleAsync(a => a.DossierId == _tampered.Id && a.Seq == 5);
            var extra = last with { Id = last.Id + 1_000_000, Seq = 6, PrevHash = last.Hash, Action = "Returned", Hash = [] };
            db.Add(extra with { Hash = AuditChain.Hash(extra) });
            await db.SaveChangesAsync();
        }

        var broken = Assert.Single((await Verify()).Broken);

        Assert.Equal((AuditDamage.Inserted, 6), (broken.Damage, broken.Seq));
    }

    [StoreFact]
    public async Task The_verb_refuses_bad_arguments_with_exit_2()
    {
        Assert.Equal(2, await VerifyAuditCommand.RunAsync(["--store"]));
        Assert.Equal(2, await VerifyAuditCommand.RunAsync(["--colour", "red"]));
        Assert.Equal(2, await VerifyAuditCommand.RunAsync(["--store", _world.Store.ConnectionString, "--dossier", "KHONG-CO-0001"]));
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        Assert.Equal(2, await VerifyAuditCommand.RunAsync(["--store", $"Data Source={Path.Combine(missing, "none.db")}"]));
        Assert.False(Directory.Exists(missing), "a missing store's folder was created");
        Assert.Equal(2, await VerifyAuditCommand.RunAsync(["--store", "not a connection string"]));
    }

    private async Task<AuditVerification> Verify() => (await new AuditVerifier(_world.Contexts).VerifyAsync())!;

    /// <summary>Edits a record of the tampered dossier and recomputes its own hash, as someone who knows the algorithm would.</summary>
    private async Task ForgeAsync(int seq, Func<AuditRecord, AuditRecord> edit)
    {
        await using var db = _world.Db();
        var record = await db.Set<AuditRecord>().SingleAsync(a => a.DossierId == _tampered.Id && a.Seq == seq);
        var forged = edit(record);
        byte[] hash = AuditChain.Hash(forged);
        await db.Set<AuditRecord>().Where(a => a.Id == record.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, forged.Actor).SetProperty(a => a.Detail, forged.Detail).SetProperty(a => a.Hash, hash));
    }

    private async Task TamperAsync(string sql)
    {
        await using var db = _world.Db();
        await db.Database.ExecuteSqlRawAsync(sql.Replace("WHERE", $"""WHERE "DossierId" = {_tampered.Id} AND""", StringComparison.Ordinal));
    }

    /// <summary>A birth registration filed, its first two steps each claimed and completed: versions 1…5.</summary>
    private async Task<Dossier> ProcessTwoStepsAsync(CommitPipeline pipeline, string applicant)
    {
        var dossier = (await pipeline.ExecuteAsync(_world.BirthRegistration(applicant))).Dossier!;
        var first = dossier.ActiveTasks.Single();
        Assert.True((await pipeline.ExecuteAsync(new ClaimTask(first.Id, _world.OfficerFor(first)))).Succeeded);
        dossier = (await pipeline.ExecuteAsync(new CompleteTask(first.Id, "Approved", null, _world.OfficerFor(first)))).Dossier!;
        var second = dossier.ActiveTasks.Single();
        Assert.True((await pipeline.ExecuteAsync(new ClaimTask(second.Id, _world.OfficerFor(second)))).Succeeded);
        Assert.True((await pipeline.ExecuteAsync(new CompleteTask(second.Id, second.Outcomes[0], null, _world.OfficerFor(second)))).Succeeded);
        await using var db = _world.Db();
        return await db.Set<Dossier>().AsNoTracking().SingleAsync(d => d.Id == dossier.Id);
    }

    public sealed class OnSqlite() : AuditVerificationTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : AuditVerificationTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
