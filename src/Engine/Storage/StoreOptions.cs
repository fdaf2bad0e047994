using Microsoft.Data.Sqlite;
using Npgsql;

namespace TthcFlow.Engine.Storage;

/// <summary>Which store the engine uses, chosen by the connection string <c>ConnectionStrings:TthcFlow</c>.</summary>
public sealed record StoreOptions(StoreProvider Provider, string ConnectionString)
{
    /// <summary>The embedded default: an SQLite file under ./data.</summary>
    public const string DefaultSqlite = "Data Source=data/tthcflow.db";

    /// <summary>
    /// Reads the connection string: <c>Data Source=…</c> (or <c>Filename=…</c>) selects SQLite,
    /// <c>Host=…</c> selects PostgreSQL. For SQLite the folder of the file is created if missing.
    /// For PostgreSQL, statements run often are prepared on the server (automatic preparation),
    /// unless the connection string sets <c>Max Auto Prepare</c> itself.
    /// </summary>
    public static StoreOptions From(string? connectionString)
    {
        var cs = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite : connectionString;
        if (cs.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            return new StoreOptions(StoreProvider.PostgreSql, PostgreSqlDefaults(cs));

        var builder = new SqliteConnectionStringBuilder(cs);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        builder.Pooling = true;
        return new StoreOptions(StoreProvider.Sqlite, builder.ToString());
    }

    private static string PostgreSqlDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }
}

/// <summary>The database engines TthcFlow runs on.</summary>
public enum StoreProvider
{
    Sqlite,
    PostgreSql,
}
