using Microsoft.EntityFrameworkCore;
using Npgsql;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Benchmarks.Persistence;

/// <summary>
/// The PostgreSQL reference: the rows a dossier's life writes in the engine (<see cref="RawInserts.LifeMix"/>,
/// sample rows copied from the engine's own database, each insert with a fresh id) inserted with
/// single-row INSERTs sent as one <see cref="NpgsqlBatch"/> per 1,000-row transaction, into a
/// database migrated to the same schema and indexes. Nothing else: no reads, no logic.
/// </summary>
public sealed class PostgreSqlRawInserts : IDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly List<Table> _mix = [];
    private long _nextId = 1_000_000_000;

    /// <param name="source">The engine's database, to copy sample rows from.</param>
    /// <param name="target">An empty database to migrate and fill.</param>
    public PostgreSqlRawInserts(string source, string target)
    {
        var builder = new DbContextOptionsBuilder<EngineDbContext>();
        builder.UseEngineStore(StoreOptions.From(target));
        using (var db = new EngineDbContext(builder.Options))
            db.Database.Migrate();
        _connection = new NpgsqlConnection(StoreOptions.From(target).ConnectionString);
        _connection.Open();
        using var from = new NpgsqlConnection(source);
        from.Open();
        var dossiers = Load(from, "dossiers", "\"Id\" IN (SELECT \"Id\" FROM dossiers ORDER BY \"Id\" LIMIT 500)");
        using (var batch = new NpgsqlBatch(_connection))
        {
            foreach (var row in dossiers.Rows)
                batch.BatchCommands.Add(dossiers.Insert(row));
            batch.ExecuteNonQuery();
        }
        dossiers.WithUnique("Code");
        var tables = new Dictionary<string, Table>
        {
            ["dossiers"] = dossiers,
            ["tasks"] = Load(from, "tasks", OfCopied),
            ["dossier_documents"] = Load(from, "dossier_documents", OfCopied),
            ["dossier_fees"] = Load(from, "dossier_fees", OfCopied),
            ["audit"] = Load(from, "audit", OfCopied).WithUnique("Seq"),
            ["outbox"] = Load(from, "outbox", OfCopied).WithUnique("Seq"),
        };
        foreach (var (table, count) in RawInserts.LifeMix)
            _mix.AddRange(Enumerable.Repeat(tables[table], count));
    }

    /// <summary>Rows of one dossier's life.</summary>
    public int RowsPerLife => _mix.Count;

    /// <summary>Inserts <paramref name="rows"/> rows in the engine's mix, 1,000 per transaction, each transaction one batch.</summary>
    public void Insert(int rows)
    {
        for (int done = 0; done < rows;)
        {
            using var transaction = _connection.BeginTransaction();
            using var batch = new NpgsqlBatch(_connection, transaction);
            for (int end = Math.Min(rows, done + RawInserts.RowsPerTransaction); done < end; done++)
            {
                var table = _mix[done % _mix.Count];
                batch.BatchCommands.Add(table.Insert(table.Rows[done / _mix.Count % table.Rows.Count], ++_nextId));
            }
            batch.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Child rows of the copied dossiers only (foreign keys).</summary>
    private const string OfCopied = "\"DossierId\" IN (SELECT \"Id\" FROM dossiers ORDER BY \"Id\" LIMIT 500)";

    private static Table Load(NpgsqlConnection from, string name, string where)
    {
        using var command = new NpgsqlCommand($"SELECT * FROM \"{name}\" WHERE {where} LIMIT 500", from);
        var (columns, rows) = RawInserts.ReadRows(command);
        return new Table(name, columns, rows);
    }

    /// <summary>A table's sample rows and its single-row INSERT; the id (and a unique column) change per row.</summary>
    private sealed class Table(string name, string[] columns, List<object[]> rows)
    {
        private readonly string _sql = $"INSERT INTO \"{name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})";
        private readonly int _id = Array.IndexOf(columns, "Id");
        private int _unique = -1;

        public List<object[]> Rows { get; } = rows;

        public Table WithUnique(string column)
        {
            _unique = Array.IndexOf(columns, column);
            return this;
        }

        public NpgsqlBatchCommand Insert(object[] row, long? id = null)
        {
            var command = new NpgsqlBatchCommand(_sql);
            for (int i = 0; i < row.Length; i++)
            {
                object value = row[i];
                if (id is { } fresh && i == _id)
                    value = fresh;
                else if (id is { } unique && i == _unique)
                    value = columns[i] == "Seq" ? (int)(unique - 1_000_000_000) : $"R-{unique}";
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            return command;
        }
    }
}
