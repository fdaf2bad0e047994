using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Tests.Storage;

/// <summary>
/// A store of a test's own, on either engine: an SQLite file in a temporary folder, or a fresh
/// database with a random name on the test PostgreSQL server. Removed on dispose.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string? _folder;

    private TestStore(StoreOptions options, string? folder) => (Options, _folder) = (options, folder);

    public StoreOptions Options { get; }

    public StoreProvider Provider => Options.Provider;

    public string ConnectionString => Options.ConnectionString;

    public static async Task<TestStore> CreateAsync(StoreProvider provider)
    {
        if (provider == StoreProvider.PostgreSql)
            return new TestStore(StoreOptions.From(await PostgreSqlServer.CreateDatabaseAsync()), null);
        var folder = Directory.CreateTempSubdirectory("tthcflow-store-").FullName;
        return new TestStore(StoreOptions.From($"Data Source={Path.Combine(folder, "tthcflow.db")}"), folder);
    }

    /// <summary>Creates the store synchronously (for fixtures built in constructors).</summary>
    public static TestStore Create(StoreProvider provider) => CreateAsync(provider).GetAwaiter().GetResult();

    public DbContextOptions<EngineDbContext> ContextOptions()
    {
        var options = new DbContextOptionsBuilder<EngineDbContext>();
        options.UseEngineStore(Options);
        return options.Options;
    }

    /// <summary>
    /// Makes the store refuse, mid-transaction, the outbox message of one applicant's dossier — as a
    /// failing disk would — until <see cref="HealAsync"/>.
    /// </summary>
    public async Task PoisonOutboxForAsync(EngineDbContext db, string applicant)
    {
        var name = applicant.Replace("'", "''", StringComparison.Ordinal);
        var sql = Provider == StoreProvider.PostgreSql
            ? $"""
              CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN
                IF (SELECT "ApplicantName" FROM dossiers WHERE "Id" = NEW."DossierId") = '{name}' THEN
                  RAISE EXCEPTION 'disk refused the write';
                END IF;
                RETURN NEW;
              END $$;
              CREATE TRIGGER poison BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION poison();
              """
            : $"""
              CREATE TRIGGER poison BEFORE INSERT ON outbox
              WHEN (SELECT "ApplicantName" FROM dossiers WHERE "Id" = NEW."DossierId") = '{name}'
              BEGIN SELECT RAISE(ABORT, 'disk refused the write'); END;
              """;
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>Removes what <see cref="PoisonOutboxForAsync"/> set up.</summary>
    public async Task HealAsync(EngineDbContext db) =>
        await db.Database.ExecuteSqlRawAsync(Provider == StoreProvider.PostgreSql ? "DROP TRIGGER poison ON outbox" : "DROP TRIGGER poison");

    public async ValueTask DisposeAsync()
    {
        if (Provider == StoreProvider.PostgreSql)
        {
            await PostgreSqlServer.DropDatabaseAsync(ConnectionString);
            return;
        }
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder!, recursive: true); } catch (IOException) { }
    }
}
