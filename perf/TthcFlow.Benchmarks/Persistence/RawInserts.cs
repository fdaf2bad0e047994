using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Benchmarks.Persistence;

/// <summary>
/// The reference the engine is measured against: the rows a dossier's life writes in the engine
/// (<see cref="LifeMix"/>, sample rows copied from the engine's own store, each insert with a fresh
/// id), inserted with plain prepared single-row INSERTs in 1,000-row transactions into a store with
/// the same schema and indexes, WAL and synchronous=FULL. Nothing else: no reads, no logic.
/// </summary>
public sealed class RawInserts : IDisposable
{
    public const int RowsPerTransaction = 1000;

    private readonly SqliteConnection _connection;
    private readonly List<Table> _mix = [];
    private readonly bool _native;
    private long _nextId = 1_000_000_000;

    /// <param name="source">The engine's store, to copy sample rows from.</param>
    /// <param name="path">The file to create.</param>
    /// <param name="native">Bind by position on SQLite's native prepared statements (as the engine's writer does) instead of Microsoft.Data.Sqlite's named parameters.</param>
    public RawInserts(string source, string path, bool native = false)
    {
        _native = native;
        var builder = new DbContextOptionsBuilder<EngineDbContext>();
        builder.UseEngineStore(StoreOptions.From($"Data Source={path}"));
        using (var db = new EngineDbContext(builder.Options))
            db.Database.Migrate();
        _connection = new SqliteConnection($"Data Source={path}");
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        using var from = new SqliteConnection($"Data Source={source};Mode=ReadOnly");
        from.Open();
        var dossiers = Load(from, "dossiers");
        Execute("BEGIN");
        foreach (var row in dossiers.Rows)
            dossiers.Insert(_connection, row, null);
        Execute("COMMIT");
        dossiers.WithUnique("Code");
        var tables = new Dictionary<string, Table>
        {
            ["dossiers"] = dossiers,
            ["tasks"] = Load(from, "tasks"),
            ["dossier_documents"] = Load(from, "dossier_documents"),
            ["dossier_fees"] = Load(from, "dossier_fees"),
            ["audit"] = Load(from, "audit").WithUnique("Seq"),
            ["outbox"] = Load(from, "outbox").WithUnique("Seq"),
        };
        foreach (var (table, count) in LifeMix)
            _mix.AddRange(Enumerable.Repeat(tables[table], count));
    }

    /// <summary>
    /// The row writes of one birth registration's life in the engine (filed and received, appraised,
    /// signed, returned): the dossier row 4 times (1 insert, 3 updates), task rows 7 times (4 inserts,
    /// 3 updates), 2 documents, 1 fee, 4 audit records, 4 outbox messages.
    /// </summary>
    public static IReadOnlyList<(string Table, int Count)> LifeMix { get; } =
        [("dossiers", 4), ("tasks", 7), ("dossier_documents", 2), ("dossier_fees", 1), ("audit", 4), ("outbox", 4)];

    /// <summary>Rows of one dossier's life.</summary>
    public int RowsPerLife => _mix.Count;

    /// <summary>Inserts <paramref name="rows"/> rows in the engine's mix, 1,000 per transaction.</summary>
    public void Insert(int rows)
    {
        for (int done = 0; done < rows;)
        {
            using var transaction = _connection.BeginTransaction();
            for (int end = Math.Min(rows, done + RowsPerTransaction); done < end; done++)
            {
                var table = _mix[done % _mix.Count];
                table.Insert(_connection, table.Rows[done / _mix.Count % table.Rows.Count], transaction, ++_nextId, _native);
            }
            transaction.Commit();
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static Table Load(SqliteConnection from, string name)
    {
        using var command = from.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{name}\" LIMIT 500";
        var (columns, rows) = ReadRows(command);
        return new Table(name, columns, rows);
    }

    /// <summary>The column names and rows a query returns.</summary>
    internal static (string[] Columns, List<object[]> Rows) ReadRows(System.Data.Common.DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }
        return (columns, rows);
    }

    public void Dispose()
    {
        foreach (var table in _mix.Distinct())
            table.Dispose();
        _connection.Dispose();
    }

    /// <summary>A table's sample rows and its prepared single-row INSERT; the id (and a unique column) change per row.</summary>
    private sealed class Table(string name, string[] columns, List<object[]> rows) : IDisposable
    {
        private SqliteCommand? _insert;
        private sqlite3_stmt? _native;
        private object[]? _values;
        private int _unique = -1;

        public List<object[]> Rows { get; } = rows;

        public Table WithUnique(string column)
        {
            _unique = Array.IndexOf(columns, column);
            return this;
        }

        public void Insert(SqliteConnection connection, object[] row, SqliteTransaction? transaction, long? id = null, bool native = false)
        {
            var values = _values ??= new object[columns.Length];
            row.CopyTo(values, 0);
            if (id is { } fresh)
            {
                values[Array.IndexOf(columns, "Id")] = fresh;
                if (_unique >= 0)
                    values[_unique] = columns[_unique] == "Seq" ? (object)(fresh - 1_000_000_000) : $"R-{fresh}";
            }
            var sql = $"INSERT INTO \"{name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            if (native)
            {
                if (_native is null)
                    raw.sqlite3_prepare_v2(connection.Handle, sql, out _native);
                for (int i = 0; i < values.Length; i++)
                    Bind(_native, i + 1, values[i]);
                if (raw.sqlite3_step(_native) != raw.SQLITE_DONE)
                    throw new InvalidOperationException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string());
                raw.sqlite3_reset(_native);
                return;
            }
            if (_insert is null)
            {
                _insert = connection.CreateCommand();
                _insert.CommandText = sql;
                for (int i = 0; i < columns.Length; i++)
                    _insert.Parameters.Add(new SqliteParameter($"@p{i}", null));
            }
            _insert.Transaction = transaction;
            for (int i = 0; i < columns.Length; i++)
                _insert.Parameters[i].Value = values[i];
            _insert.ExecuteNonQuery();
        }

        public void Dispose()
        {
            _native?.Dispose();
            _insert?.Dispose();
        }

        private static void Bind(sqlite3_stmt statement, int index, object value)
        {
            _ = value switch
            {
                long v => raw.sqlite3_bind_int64(statement, index, v),
                double v => raw.sqlite3_bind_double(statement, index, v),
                string v => raw.sqlite3_bind_text(statement, index, v),
                byte[] v => raw.sqlite3_bind_blob(statement, index, v),
                _ => raw.sqlite3_bind_null(statement, index),
            };
        }
    }
}
