using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Benchmarks.Reports;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Benchmarks.Inbox;

/// <summary>
/// The store the inbox suite reads: a province year (<see cref="ProvinceYear"/>, same generator,
/// same seed) reshaped with set-based UPDATEs so that the officers' lists look like Đắk Lắk's:
/// one dossier in ten belongs to a department of the province (received at the province's
/// service centre, handled by the department's division), the steps sit in the units the
/// organisation model names (văn phòng, lãnh đạo), closed dossiers keep no live step, and among the open dossiers some wait for a
/// supplement (chờ bổ sung) or are newly received. Built once into the temporary folder and reused
/// (delete <c>tthcflow-inbox-*.db</c> to rebuild); a store built before the engine's latest
/// migrations is brought up to date (indexes, the name search table) and analysed again.
/// </summary>
internal static class InboxStore
{
    /// <summary>The instant the inbox is read at: the last working afternoon of the generated year.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 31, 15, 0, 0, TimeSpan.FromHours(7));

    public static string Ensure(OrganisationModel organisation, int dossiers)
    {
        string path = Path.Combine(Path.GetTempPath(), $"tthcflow-inbox-{dossiers}.db");
        if (File.Exists(path))
        {
            Upgrade(path);
            return path;
        }
        string building = path + ".building";
        foreach (var stale in new[] { building, building + "-wal", building + "-shm" })
            File.Delete(stale);
        ProvinceYear.Create(building, organisation, dossiers);
        Reshape(building, organisation);
        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        return path;
    }

    private static void Upgrade(string path)
    {
        var builder = new DbContextOptionsBuilder<EngineDbContext>();
        builder.UseEngineStore(StoreOptions.From($"Data Source={path}"));
        using (var db = new EngineDbContext(builder.Options))
        {
            if (!db.Database.GetPendingMigrations().Any())
                return;
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            db.Database.Migrate();
        }
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Execute(connection, null, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        SqliteConnection.ClearAllPools();
    }

    private static void Reshape(string path, OrganisationModel organisation)
    {
        var departments = organisation.Agencies.Where(a => a.Kind == AgencyKind.Department).ToArray();
        var centre = organisation.Agencies.Single(a => a.Kind == AgencyKind.ProvinceServiceCentre).EId;
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "UPDATE tasks SET UnitCode = CASE UnitCode WHEN 'LD' THEN 'lanhdao' ELSE 'vanphong' END");
        for (int i = 0; i < departments.Length; i++)
        {
            var department = departments[i];
            string division = department.Units.First(u => u.Staffs(RoleCodes.Specialist)).Code;
            string leaders = department.Units.First(u => u.Staffs(RoleCodes.Leader)).Code;
            string mine = $"Id % 10 = 3 AND (Id / 10) % {departments.Length} = {i}";
            Execute(connection, transaction, $"UPDATE dossiers SET CompetentAgencyEId = '{department.EId}', ReceivingAgencyEId = '{centre}', " +
                $"Code = '{department.EId}-' || substr(Code, -8) WHERE {mine}");
            Execute(connection, transaction, $"UPDATE tasks SET AgencyEId = '{department.EId}', " +
                $"UnitCode = CASE UnitCode WHEN 'lanhdao' THEN '{leaders}' ELSE '{division}' END WHERE DossierId % 10 = 3 AND (DossierId / 10) % {departments.Length} = {i}");
        }
        // The generator leaves a closed dossier's unfinished step claimed; a closed dossier has no live step.
        Execute(connection, transaction, "UPDATE tasks SET Status = 3, CompletedAt = DueAt, Outcome = 'Approved' " +
            "WHERE Status IN (1, 2) AND DossierId IN (SELECT Id FROM dossiers WHERE Status IN (7, 9, 10))");
        // Open dossiers (status 4, in process): one in ten waits for a supplement, one in ten is newly received.
        Execute(connection, transaction, "UPDATE dossiers SET Status = 5 WHERE Status = 4 AND Id % 10 = 5");
        Execute(connection, transaction, "UPDATE dossiers SET Status = 2 WHERE Status = 4 AND Id % 10 = 6");
        transaction.Commit();
        Execute(connection, null, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
