using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// One prepared, parameterised statement of the write path, bound by position and run for many
/// rows: bind a row's values, <see cref="Add"/> it, and <see cref="Flush"/> once the table's rows
/// are all added.
/// <list type="bullet">
/// <item>SQLite: a native prepared statement on the writer's own (EF) connection, bound by index
/// and stepped at <see cref="Add"/>: Microsoft.Data.Sqlite binds every parameter by name on every
/// execution, which costs more than SQLite's own work for the wide rows of this path (measured:
/// perf/README.md, Persistence).</item>
/// <item>PostgreSQL: the rows are sent together at <see cref="Flush"/> as one <see cref="NpgsqlBatch"/>
/// (one round trip for all of them) with positional parameters typed as their columns (so a NULL
/// does not change a statement's parameter types), which lets the connection keep the statements
/// prepared on the server (automatic preparation, see <c>StoreOptions</c>).</item>
/// <item>Any other store: an ordinary ADO.NET command run at <see cref="Add"/>.</item>
/// </list>
/// </summary>
internal abstract class RowStatement : IDisposable
{
    /// <param name="connection">The writer's connection.</param>
    /// <param name="sql">The statement, naming its parameters with <see cref="Parameter"/>.</param>
    /// <param name="columnTypes">The store type of the column each parameter is written to or compared with, in order.</param>
    public static RowStatement Prepare(DbConnection connection, string sql, IReadOnlyList<string> columnTypes) => connection switch
    {
        SqliteConnection sqlite => new SqliteRowStatement(sqlite, sql),
        NpgsqlConnection npgsql => new NpgsqlRowStatement(npgsql, sql, columnTypes),
        _ => new AdoRowStatement(connection, sql, columnTypes.Count),
    };

    /// <summary>How the statement text names the parameter at <paramref name="index"/> (0-based) on this connection.</summary>
    public static string Parameter(DbConnection connection, int index) =>
        connection is NpgsqlConnection ? $"${index + 1}" : $"@p{index}";

    /// <summary>Binds the value of the parameter at <paramref name="index"/> (0-based; null or DBNull for NULL).</summary>
    public abstract void Bind(int index, object? value);

    /// <summary>Adds the bound row to the rows this statement writes in the connection's open transaction.</summary>
    public abstract void Add(DbTransaction transaction);

    /// <summary>Makes sure every added row is written; returns the rows changed since the last flush.</summary>
    public abstract int Flush(DbTransaction transaction);

    public abstract void Dispose();
}

internal sealed class AdoRowStatement : RowStatement
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public AdoRowStatement(DbConnection connection, string sql, int parameters)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = new DbParameter[parameters];
        for (int i = 0; i < parameters; i++)
        {
            _parameters[i] = _command.CreateParameter();
            _parameters[i].ParameterName = $"@p{i}";
            _command.Parameters.Add(_parameters[i]);
        }
    }

    private int _changed;

    public override void Bind(int index, object? value) => _parameters[index].Value = value ?? DBNull.Value;

    public override void Add(DbTransaction transaction)
    {
        _command.Transaction = transaction;
        _changed += _command.ExecuteNonQuery();
    }

    public override int Flush(DbTransaction transaction)
    {
        int changed = _changed;
        _changed = 0;
        return changed;
    }

    public override void Dispose() => _command.Dispose();
}

internal sealed class SqliteRowStatement : RowStatement
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private int _changed;

    public SqliteRowStatement(SqliteConnection connection, string sql)
    {
        _connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
    }

    public override void Bind(int index, object? value)
    {
        int i = index + 1;
        int rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, i),
            long v => raw.sqlite3_bind_int64(_statement, i, v),
            int v => raw.sqlite3_bind_int64(_statement, i, v),
            byte v => raw.sqlite3_bind_int64(_statement, i, v),
            bool v => raw.sqlite3_bind_int64(_statement, i, v ? 1 : 0),
            double v => raw.sqlite3_bind_double(_statement, i, v),
            string v => raw.sqlite3_bind_text(_statement, i, v),
            byte[] v => raw.sqlite3_bind_blob(_statement, i, v),
            _ => throw new NotSupportedException($"The write path does not bind {value.GetType().Name} values."),
        };
        Check(rc);
    }

    public override void Add(DbTransaction transaction)
    {
        int rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
            Check(rc);
        _changed += raw.sqlite3_changes(_connection.Handle);
    }

    public override int Flush(DbTransaction transaction)
    {
        int changed = _changed;
        _changed = 0;
        return changed;
    }

    public override void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
    }
}

/// <summary>
/// PostgreSQL: the rows added since the last flush go as one <see cref="NpgsqlBatch"/>. INSERTs
/// go <see cref="RowsPerInsert"/> rows to a statement (a multi-row VALUES list; the remainder row
/// by row), so the statement texts stay few and auto-prepared while the per-statement work of
/// client and server is shared by many rows. UPDATEs and DELETEs go one statement per row.
/// </summary>
internal sealed class NpgsqlRowStatement : RowStatement
{
    public const int RowsPerInsert = 32;

    private readonly NpgsqlBatch _batch;
    private readonly string _sql;
    private readonly string? _multiRowSql;
    private readonly List<object?[]> _rows = [];
    private object?[] _row;
    private int _added;

    /// <summary>PostgreSQL type names without their modifiers (<c>character varying(64)</c> → <c>character varying</c>).</summary>
    private readonly string[] _types;

    public NpgsqlRowStatement(NpgsqlConnection connection, string sql, IReadOnlyList<string> columnTypes)
    {
        _batch = new NpgsqlBatch(connection);
        _sql = sql;
        _types = columnTypes.Select(t => t.Split('(')[0].Trim()).ToArray();
        _row = new object?[_types.Length];
        int values = sql.LastIndexOf(" VALUES (", StringComparison.Ordinal);
        if (sql.StartsWith("INSERT ", StringComparison.Ordinal) && values > 0)
        {
            int n = _types.Length;
            var tuples = Enumerable.Range(0, RowsPerInsert)
                .Select(r => $"({string.Join(", ", Enumerable.Range(r * n + 1, n).Select(p => $"${p}"))})");
            _multiRowSql = $"{sql[..values]} VALUES {string.Join(", ", tuples)}";
        }
    }

    public override void Bind(int index, object? value) => _row[index] = value;

    public override void Add(DbTransaction transaction)
    {
        if (_added == _rows.Count)
            _rows.Add(new object?[_types.Length]);
        (_rows[_added], _row) = (_row, _rows[_added]);
        _added++;
    }

    public override int Flush(DbTransaction transaction)
    {
        if (_added == 0)
            return 0;
        try
        {
            int next = 0;
            if (_multiRowSql is not null)
            {
                for (; next + RowsPerInsert <= _added; next += RowsPerInsert)
                    _batch.BatchCommands.Add(Command(_multiRowSql, next, RowsPerInsert));
            }
            for (; next < _added; next++)
                _batch.BatchCommands.Add(Command(_sql, next, 1));
            _batch.Transaction = (NpgsqlTransaction)transaction;
            return _batch.ExecuteNonQuery();
        }
        finally
        {
            _batch.BatchCommands.Clear();
            _added = 0;
        }
    }

    public override void Dispose() => _batch.Dispose();

    private NpgsqlBatchCommand Command(string sql, int first, int count)
    {
        var command = new NpgsqlBatchCommand(sql);
        for (int r = first; r < first + count; r++)
        {
            var row = _rows[r];
            for (int i = 0; i < row.Length; i++)
                command.Parameters.Add(new NpgsqlParameter { DataTypeName = _types[i], Value = row[i] ?? DBNull.Value });
        }
        return command;
    }
}
