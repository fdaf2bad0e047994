using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Writes rows of one mapped table with prepared, parameterised statements on the writer's (EF)
/// connection — INSERTs, keyed UPDATEs of the columns that may change (optionally guarded by a
/// concurrency token) and DELETEs — without EF change tracking. Single-row statements, run row by
/// row on SQLite (with name-bound parameters, multi-row INSERTs measured slower there) and sent in
/// one batch per table on PostgreSQL (see <see cref="RowStatement"/>). Table and column names, and the conversion of each value
/// to its column (instants to Unix milliseconds, enums to numbers), come from the EF model, so the
/// lean path cannot drift from the mapping that migrations create and queries read.
/// </summary>
internal sealed class TableWriter<T> : IDisposable where T : class
{
    private readonly DbConnection _connection;
    private readonly string _table;
    private readonly Column[] _columns;
    private readonly int[] _keys;
    private readonly int[] _updated;
    private readonly int _token;
    private RowStatement? _insert, _update, _delete;

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
        _updated = Enumerable.Range(0, properties.Length)
            .Where(i => !_keys.Contains(i) && properties[i].GetAfterSaveBehavior() == PropertySaveBehavior.Save).ToArray();
    }

    public string Table => _table;

    /// <summary>Inserts the rows, one prepared single-row INSERT each; returns how many.</summary>
    public int Insert(DbTransaction transaction, IReadOnlyList<T> rows)
    {
        if (rows.Count == 0)
            return 0;
        _insert ??= RowStatement.Prepare(_connection, InsertSql(), Types(Enumerable.Range(0, _columns.Length)));
        foreach (var row in rows)
        {
            for (int c = 0; c < _columns.Length; c++)
                _insert.Bind(c, _columns[c].Read(row));
            _insert.Add(transaction);
        }
        _insert.Flush(transaction);
        return rows.Count;
    }

    /// <summary>
    /// Updates each row by key. With <paramref name="expectedToken"/>, the row must still carry
    /// that concurrency token; otherwise another writer changed it first.
    /// </summary>
    /// <exception cref="StaleStateException">A guarded row was changed by someone else.</exception>
    public int Update(DbTransaction transaction, IReadOnlyList<T> rows, Func<T, object>? expectedToken = null)
    {
        if (rows.Count == 0)
            return 0;
        _update ??= RowStatement.Prepare(_connection, UpdateSql(), Types([.. _updated, .. _keys, .. _token >= 0 ? [_token] : Array.Empty<int>()]));
        foreach (var row in rows)
        {
            int p = 0;
            foreach (int c in _updated)
                _update.Bind(p++, _columns[c].Read(row));
            foreach (int k in _keys)
                _update.Bind(p++, _columns[k].Read(row));
            if (_token >= 0)
                _update.Bind(p, expectedToken?.Invoke(row) ?? _columns[_token].Read(row));
            _update.Add(transaction);
        }
        // Each UPDATE names one row by its key, so fewer changes than rows means a row was not as read.
        if (_update.Flush(transaction) != rows.Count)
            throw new StaleStateException($"A row of {_table} was changed or removed by another writer.");
        return rows.Count;
    }

    /// <summary>Deletes each row by key; returns how many.</summary>
    public int Delete(DbTransaction transaction, IReadOnlyList<T> rows)
    {
        if (rows.Count == 0)
            return 0;
        _delete ??= RowStatement.Prepare(_connection, $"DELETE FROM {Quote(_table)} WHERE {KeyCondition(0)}", Types(_keys));
        foreach (var row in rows)
        {
            for (int i = 0; i < _keys.Length; i++)
                _delete.Bind(i, _columns[_keys[i]].Read(row));
            _delete.Add(transaction);
        }
        _delete.Flush(transaction);
        return rows.Count;
    }

    public void Dispose()
    {
        _insert?.Dispose();
        _update?.Dispose();
        _delete?.Dispose();
    }

    private string InsertSql() =>
        $"INSERT INTO {Quote(_table)} ({string.Join(", ", _columns.Select(c => Quote(c.Name)))}) " +
        $"VALUES ({string.Join(", ", _columns.Select((_, i) => P(i)))})";

    /// <summary>
    /// SET lists the columns that may change after insert: not the key (naming SQLite's rowid in SET
    /// makes it move the row and rewrite every index, even for the same value), and not the columns
    /// the mapping marks as written once (<see cref="WriteOnce"/>) — fewer values to bind.
    /// </summary>
    private string UpdateSql()
    {
        var set = _updated.Select((c, i) => $"{Quote(_columns[c].Name)} = {P(i)}");
        var sql = $"UPDATE {Quote(_table)} SET {string.Join(", ", set)} WHERE {KeyCondition(_updated.Length)}";
        return _token >= 0 ? $"{sql} AND {Quote(_columns[_token].Name)} = {P(_updated.Length + _keys.Length)}" : sql;
    }

    private string KeyCondition(int firstParameter) =>
        string.Join(" AND ", _keys.Select((k, i) => $"{Quote(_columns[k].Name)} = {P(firstParameter + i)}"));

    private string P(int index) => RowStatement.Parameter(_connection, index);

    private string[] Types(IEnumerable<int> columns) => columns.Select(c => _columns[c].StoreType).ToArray();

    private static string Quote(string identifier) => $"\"{identifier}\"";

    /// <summary>A column: its name, its store type and how to read a row's value as the provider stores it.</summary>
    private sealed record Column(string Name, string StoreType, Func<T, object> Read)
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
            return new Column(property.GetColumnName(table)!, property.GetColumnType(table), value);
        }
    }
}

/// <summary>Another writer changed a row this batch read: the batch is rolled back and run again on fresh state.</summary>
public sealed class StaleStateException(string message) : Exception(message);

/// <summary>Marks mapped columns that never change after the row is inserted, so the write path leaves them out of its UPDATEs.</summary>
public static class WriteOnce
{
    public static void Columns<T>(EntityTypeBuilder<T> builder, params Expression<Func<T, object?>>[] columns) where T : class
    {
        foreach (var column in columns)
            builder.Property(column).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
