using Npgsql;

namespace TthcFlow.Engine.Tests.Storage;

/// <summary>
/// The PostgreSQL server the tests use, named by <c>TTHCFLOW_TEST_POSTGRES</c> (a connection string
/// to a database the tests may create databases from; ./test.sh starts a throwaway server and sets
/// it). Absent, the tests that need it skip — unless TTHCFLOW_REQUIRE_ALL=1 (set by ./test.sh and
/// CI), when they fail instead.
/// </summary>
public static class PostgreSqlServer
{
    public const string Variable = "TTHCFLOW_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs ? cs : null;

    public static bool Required => Environment.GetEnvironmentVariable("TTHCFLOW_REQUIRE_ALL") == "1";

    public const string SkipReason =
        "PostgreSQL is not configured: set TTHCFLOW_TEST_POSTGRES (./test.sh starts a server and sets it); set TTHCFLOW_REQUIRE_ALL=1 to fail instead of skipping.";

    /// <summary>Creates an empty database with a random name; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException(SkipReason);
        var name = $"tthcflow_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
