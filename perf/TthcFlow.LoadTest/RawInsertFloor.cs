using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace TthcFlow.LoadTest;

/// <summary>
/// The storage floor measured in the same run: as many rows as the replay's write pipeline wrote,
/// each of the replay's average row size, inserted into a fresh SQLite file in the same folder with
/// one prepared INSERT in 1,000-row transactions, WAL and synchronous=FULL (the engine's settings).
/// No reads, no logic: what the disk and SQLite cost at least. Past <see cref="MaxMeasuredRows"/>
/// rows (a province-year writes ~10⁸) it times that many and scales the time to the full count:
/// appending rows in key order costs the same per row at any size, so the scaled figure is what
/// the full count would take, without another half-hour of writing.
/// </summary>
public static class RawInsertFloor
{
    public const int RowsPerTransaction = 1000;
    public const long MaxMeasuredRows = 10_000_000;

    /// <summary>The floor's seconds for <paramref name="rows"/> rows, and how many rows were actually timed.</summary>
    public static (double Seconds, long MeasuredRows) Measure(string folder, long rows, int rowBytes)
    {
        long measured = Math.Min(rows, MaxMeasuredRows);
        return (Time(folder, measured, rowBytes) * rows / measured, measured);
    }

    private static double Time(string folder, long rows, int rowBytes)
    {
        string path = Path.Combine(folder, "raw-floor.db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
        var payload = new byte[Math.Clamp(rowBytes, 16, 64 * 1024)];
        new Random(1).NextBytes(payload);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE rows (id INTEGER PRIMARY KEY, dossier INTEGER NOT NULL, seq INTEGER NOT NULL, payload BLOB NOT NULL); CREATE INDEX ix_rows ON rows (dossier, seq);");
        var started = Stopwatch.GetTimestamp();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO rows (id, dossier, seq, payload) VALUES ($id, $dossier, $seq, $payload)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var dossier = insert.Parameters.Add("$dossier", SqliteType.Integer);
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        insert.Parameters.AddWithValue("$payload", payload);
        for (long n = 0; n < rows;)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            for (int i = 0; i < RowsPerTransaction && n < rows; i++, n++)
            {
                id.Value = n + 1;
                dossier.Value = n / 10;
                seq.Value = n % 10;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        connection.Close();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
        return seconds;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
