using System.Data.Common;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// The write path's counters in the <c>sequences</c> table, advanced inside the batch transaction.
/// <list type="bullet">
/// <item>Ids: blocks of <see cref="IdBlock"/> claimed by one upsert; a block claimed by a batch
/// that rolls back is forgotten with it, so no two nodes ever hold the same ids.</item>
/// <item>Gap-free sequences (dossier codes): the first use in a batch reads the row through an upsert,
/// which takes the row lock until commit (PostgreSQL) or runs under the writer's lock (SQLite);
/// values are handed out in memory, given back when a command is refused, and written once at the
/// end of the batch.</item>
/// </list>
/// </summary>
internal sealed class Sequences(DbConnection connection) : IBatchAllocator
{
    public const long IdBlock = 10_000;
    private const string IdsName = "ids";

    private readonly DbCommand _claim = Command(connection,
        """INSERT INTO "sequences" ("Name", "Value") VALUES (@name, @step) ON CONFLICT ("Name") DO UPDATE SET "Value" = "sequences"."Value" + @step RETURNING "Value" """);
    private readonly DbCommand _write = Command(connection, """UPDATE "sequences" SET "Value" = @step WHERE "Name" = @name""");
    private readonly Dictionary<string, (long Read, long Current)> _batch = new(StringComparer.Ordinal);
    private readonly List<(string Name, long Before)> _commandUndo = [];
    private DbTransaction? _transaction;
    private long _nextId, _idLimit;
    private bool _claimedInBatch;

    public void BeginBatch(DbTransaction transaction)
    {
        _transaction = transaction;
        _batch.Clear();
        _claimedInBatch = false;
    }

    public long NewId()
    {
        if (_nextId >= _idLimit)
        {
            long last = Advance(IdsName, IdBlock);
            (_nextId, _idLimit) = (last - IdBlock + 1, last + 1);
            _claimedInBatch = true;
        }
        return _nextId++;
    }

    public long Next(string sequence)
    {
        if (!_batch.TryGetValue(sequence, out var value))
        {
            long read = Advance(sequence, 0);
            value = (read, read);
        }
        _commandUndo.Add((sequence, value.Current));
        _batch[sequence] = value with { Current = value.Current + 1 };
        return value.Current + 1;
    }

    /// <summary>Starts a command: its sequence values can be given back.</summary>
    public void BeginCommand() => _commandUndo.Clear();

    /// <summary>The command was refused: give back what it took, newest first.</summary>
    public void GiveBack()
    {
        for (int i = _commandUndo.Count - 1; i >= 0; i--)
        {
            var (name, before) = _commandUndo[i];
            _batch[name] = _batch[name] with { Current = before };
        }
        _commandUndo.Clear();
    }

    /// <summary>Writes the sequences the batch advanced; returns the rows written.</summary>
    public int Write()
    {
        int rows = 0;
        foreach (var (name, value) in _batch)
        {
            if (value.Current == value.Read)
                continue;
            Execute(_write, name, value.Current);
            rows++;
        }
        return rows;
    }

    /// <summary>The batch rolled back: an id block it claimed was never claimed.</summary>
    public void Abort()
    {
        if (_claimedInBatch)
            _nextId = _idLimit = 0;
        _batch.Clear();
        _transaction = null;
    }

    public void Committed() => _transaction = null;

    private long Advance(string name, long step) => Convert.ToInt64(Execute(_claim, name, step), System.Globalization.CultureInfo.InvariantCulture);

    private object? Execute(DbCommand command, string name, long step)
    {
        command.Transaction = _transaction ?? throw new InvalidOperationException("Sequences are advanced only inside a batch transaction.");
        command.Parameters[0].Value = name;
        command.Parameters[1].Value = step;
        return command.ExecuteScalar();
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in (string[])["@name", "@step"])
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }
        return command;
    }
}
