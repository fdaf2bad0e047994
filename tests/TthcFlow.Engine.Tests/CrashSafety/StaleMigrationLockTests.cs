using System.Net;
using Microsoft.Data.Sqlite;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.CrashSafety;

/// <summary>
/// An engine killed while it held the store's migration lock (every start takes it, for a moment)
/// must not keep the next start from ever finishing: on SQLite EF Core keeps that lock as a table
/// row with no timeout, which the kill leaves behind.
/// </summary>
public sealed class StaleMigrationLockTests
{
    [Fact]
    public async Task A_migration_lock_left_by_a_killed_engine_does_not_stop_the_next_start()
    {
        using var world = new ApiWorld();
        world.Start().Dispose();
        await using (var connection = new SqliteConnection(world.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-03-02 01:00:00+00:00')""";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        // Without the fix the start waits on the lock for ever; two minutes is far beyond a start.
        using var restarted = await Task.Run(() => world.Start()).WaitAsync(TimeSpan.FromMinutes(2));

        using var health = await restarted.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Empty(world.Column("""SELECT "Id" FROM "__EFMigrationsLock" """));
    }
}
