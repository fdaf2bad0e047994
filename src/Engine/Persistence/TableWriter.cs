using System.Data.Common;
using System.Linq.Expressions;
using System.Numerics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Writes rows of one mapped table with prepared, parameterised ADO.NET commands on the writer's
/// connection — multi-row INSERTs, keyed UPDATEs (optionally guarded by a concurrency token) and
/// DELETEs — without EF change tracking. Table and column names, and the conversion of each value
/// to its column (instants to Unix milliseconds, enums to numbers), come from the EF model, so the
/// lean path cannot drift from the mapping that migrations create and queries read.
/// </summary>
internal sealed class TableWriter<T> where T : class
{
    /// <summary>Rows per multi-row INSERT; smaller remainders use smaller prepared statements.</summary>
    private const int MaxRowsPerInsert = 32;

    private readonly DbConnection _connection;
    private readonly string _table;
    private readonly Column[] _columns;
    private readonly int[] _keys;
    private readonly int _token;
    private readonly Dictionary<int, (DbCommand Command, DbParameter[] Parameters)> _inserts = [];
    private (DbCommand Command, DbParameter[] Parameters)? _update, _delete;

    public TableWriter(IModel model, DbConnection connection)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        _connection = connection;
        _table = entity.GetTableName()!;
        var table = StoreObjectIdentifier.Table(_table, entity.GetSchema());
        var properties = entity.GetProperties().ToArray();
        _columns = properties.Select(p => Column.For(p, table)).ToArray();
        var key = entity.FindPrimaryKey()!.Properties;
        _keys = key.Select(k => Array.IndexOf(properties, k)).ToArray();
        _token = Array.FindIndex(properties, p => p.IsConcurrencyToken);
    }

    public string Table => _table;

    /// <summary>Inserts the rows; returns how many.</summary>
    public int Insert(DbTransaction transaction, IReadOnlyList<T> rows)
    {
        int done = 0;
        while (done < rows.Count)
        {
            int size = Math.Min(MaxRowsPerInsert, 1 << BitOperations.Log2((uint)(rows.Count - done)));
            var (command, parameters) = InsertCommand(size);
            command.Transaction = transaction;
            int p = 0;
            for (int r = 0; r < size; r++)
            {
                var row = rows[done + r];
                foreach (var column in _columns)
                    parameters[p++].Value = column.Read(row);
            }
            command.ExecuteNonQuery();
            done += size;
        }
        return rows.Count;
    }

    /// <summary>
    /// Updates each row by key. With <paramref name="expectedToken"/>, the row must still carry
    /// that concurrency token; otherwise another writer changed it first.
    /// </summary>
    /// <exception cref="StaleStateException">A guarded row was changed by someone else.</exception>
    public int Update(DbTransaction transaction, IReadOnlyList<T> rows, Func<T, object>? expectedToken = null)
    {
        _update ??= Prepare(UpdateSql(), _columns.Length + _keys.Length + (_token >= 0 ? 1 : 0));
        var (command, parameters) = _update.Value;
        command.Transaction = transaction;
        foreach (var row in rows)
        {
            int p = 0;
            foreach (var column in _columns)
                parameters[p++].Value = column.Read(row);
            foreach (int k in _keys)
                parameters[p++].Value = _columns[k].Read(row);
            if (_token >= 0)
                parameters[p].Value = expectedToken?.Invoke(row) ?? _columns[_token].Read(row);
            if (command.ExecuteNonQuery() != 1)
                throw new StaleStateException($"A row of {_table} was changed or removed by another writer.");
        }
        return rows.Count;
    }

    /// <summary>Deletes each row by key; returns how many.</summary>
    public int Delete(DbTransaction transaction, IReadOnlyList<T> rows)
    {
        _delete ??= Prepare($"DELETE FROM {Quote(_table)} WHERE {KeyCondition(0)}", _keys.Length);
        var (command, parameters) = _delete.Value;
        command.Transaction = transaction;
        foreach (var row in rows)
        {
            for (int i = 0; i < _keys.Length; i++)
                parameters[i].Value = _columns[_keys[i]].Read(row);
            command.ExecuteNonQuery();
        }
        return rows.Count;
    }

    private (DbCommand, DbParameter[]) InsertCommand(int rows)
    {
        if (_inserts.TryGetValue(rows, out var prepared))
            return prepared;
        var names = string.Join(", ", _columns.Select(c => Quote(c.Name)));
        var values = Enumerable.Range(0, rows)
            .Select(r => "(" + string.Join(", ", _columns.Select((_, c) => $"@p{r * _columns.Length + c}")) + ")");
        prepared = Prepare($"INSERT INTO {Quote(_table)} ({names}) VALUES {string.Join(", ", values)}", rows * _columns.Length);
        _inserts[rows] = prepared;
        return prepared;
    }

    private string UpdateSql()
    {
        var set = string.Join(", ", _columns.Select((c, i) => $"{Quote(c.Name)} = @p{i}"));
        var sql = $"UPDATE {Quote(_table)} SET {set} WHERE {KeyCondition(_columns.Length)}";
        return _token >= 0 ? $"{sql} AND {Quote(_columns[_token].Name)} = @p{_columns.Length + _keys.Length}" : sql;
    }

    private string KeyCondition(int firstParameter) =>
        string.Join(" AND ", _keys.Select((k, i) => $"{Quote(_columns[k].Name)} = @p{firstParameter + i}"));

    private (DbCommand, DbParameter[]) Prepare(string sql, int parameterCount)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        var parameters = new DbParameter[parameterCount];
        for (int i = 0; i < parameterCount; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = $"@p{i}";
            command.Parameters.Add(parameters[i]);
        }
        return (command, parameters);
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";

    /// <summary>A column: its name and how to read a row's value as the provider stores it.</summary>
    private sealed record Column(string Name, Func<T, object> Read)
    {
        public static Column For(IProperty property, StoreObjectIdentifier table)
        {
            var row = Expression.Parameter(typeof(T), "row");
            var read = Expression.Lambda<Func<T, object?>>(
                Expression.Convert(Expression.Property(row, property.PropertyInfo!), typeof(object)), row).Compile();
            var converter = property.GetTypeMapping().Converter;
            Func<T, object> value = converter is null
                ? r => read(r) ?? DBNull.Value
                : r => read(r) is { } v ? converter.ConvertToProvider(v) ?? DBNull.Value : DBNull.Value;
            return new Column(property.GetColumnName(table)!, value);
        }
    }
}

/// <summary>Another writer changed a row this batch read: the batch is rolled back and run again on fresh state.</summary>
public sealed class StaleStateException(string message) : Exception(message);
