using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// One prepared, parameterised statement of the write path, bound by position and executed many
/// times. On SQLite it is a native prepared statement on the writer's own (EF) connection, bound by
/// index: Microsoft.Data.Sqlite binds every parameter by name on every execution, which costs more
/// than SQLite's own work for the wide rows of this path (measured: perf/README.md, Persistence).
/// On other stores it is an ordinary ADO.NET command.
/// </summary>
internal abstract class RowStatement : IDisposable
{
    public static RowStatement Prepare(DbConnection connection, string sql, int parameters) =>
        connection is SqliteConnection sqlite ? new SqliteRowStatement(sqlite, sql) : new AdoRowStatement(connection, sql, parameters);

    /// <summary>Binds the value of the parameter at <paramref name="index"/> (0-based; null or DBNull for NULL).</summary>
    public abstract void Bind(int index, object? value);

    /// <summary>Runs the statement in the connection's open transaction; returns the rows changed.</summary>
    public abstract int Execute(DbTransaction transaction);

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

    public override void Bind(int index, object? value) => _parameters[index].Value = value ?? DBNull.Value;

    public override int Execute(DbTransaction transaction)
    {
        _command.Transaction = transaction;
        return _command.ExecuteNonQuery();
    }

    public override void Dispose() => _command.Dispose();
}

internal sealed class SqliteRowStatement : RowStatement
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

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

    public override int Execute(DbTransaction transaction)
    {
        int rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
            Check(rc);
        return raw.sqlite3_changes(_connection.Handle);
    }

    public override void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
    }
}
