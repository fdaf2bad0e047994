using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Benchmarks.Reports;

/// <summary>
/// A province's year of dossiers in an SQLite store with the engine's schema and indexes, written
/// with raw prepared INSERTs (fixed seed): every commune's People's Committee decides what its
/// service centre receives (5 % received at another commune's centre), 55 % online, four officer
/// steps per dossier, two documents, a fee on half, two status-sync messages. Most dossiers end on
/// time, some late, a few withdrawn; those received late in the year are still pending.
/// </summary>
internal static class ProvinceYear
{
    public static readonly DateTimeOffset YearStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    public static void Create(string path, OrganisationModel organisation, int dossiers)
    {
        var builder = new DbContextOptionsBuilder<EngineDbContext>();
        builder.UseEngineStore(StoreOptions.From($"Data Source={path}"));
        using (var db = new EngineDbContext(builder.Options))
            db.Database.Migrate();
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        var pairs = organisation.Communes
            .Select(c => (Committee: organisation.PeoplesCommitteeOf(c.Code)?.EId, Centre: organisation.ServiceCentreOf(c.Code)?.EId))
            .Where(p => p.Committee is not null && p.Centre is not null).Select(p => (p.Committee!, p.Centre!)).ToArray();
        var random = new Random(20260101);
        var dossierRows = new Row(connection, "dossiers");
        var taskRows = new Row(connection, "tasks");
        var documentRows = new Row(connection, "dossier_documents");
        var feeRows = new Row(connection, "dossier_fees");
        var outboxRows = new Row(connection, "outbox");
        long yearEnd = YearStart.AddYears(1).ToUnixTimeMilliseconds();
        const long Hour = 3_600_000, Day = 24 * Hour;
        var transaction = connection.BeginTransaction();
        for (long id = 1; id <= dossiers; id++)
        {
            if (id % 20_000 == 0)
            {
                transaction.Commit();
                transaction = connection.BeginTransaction();
            }
            var (committee, centre) = pairs[random.Next(pairs.Length)];
            string receiving = random.NextDouble() < 0.05 ? pairs[random.Next(pairs.Length)].Item2 : centre;
            long received = YearStart.ToUnixTimeMilliseconds() + random.NextInt64(365) * Day + (7 * Hour) + random.NextInt64(9 * Hour);
            long appointment = received + (3 + random.Next(8)) * Day;
            double fate = random.NextDouble();
            long? finished = fate < 0.97 ? received + (long)((appointment - received) * (fate < 0.90 ? random.NextDouble() : 1 + random.NextDouble())) : null;
            long? ended = fate >= 0.97 && fate < 0.98 ? received + Day : null;
            if (finished >= yearEnd)
                finished = null;
            long? returned = finished + Day < yearEnd ? finished + Day : null;
            int status = ended is not null ? 7 : returned is not null ? 10 : finished is not null ? 9 : 4;
            dossierRows.Insert(transaction, new()
            {
                ["Id"] = id, ["Code"] = $"{committee}-{id:D8}", ["DefinitionId"] = random.Next(4) switch { 0 => "birth-registration", 1 => "marriage-registration", 2 => "certified-copy", _ => "business-household-registration" },
                ["DefinitionVersion"] = 1, ["ProcedureName"] = "Thủ tục", ["Status"] = status, ["SubState"] = 0, ["Channel"] = random.NextDouble() < 0.55 ? 2 : 1,
                ["ApplicantName"] = $"Công dân {id}", ["ApplicantIdNumber"] = $"066{id:D9}", ["ApplicantAddress"] = "Thôn 1", ["ApplicantPhone"] = "0905000000",
                ["ReceivingAgencyEId"] = receiving, ["CompetentAgencyEId"] = committee, ["SubmittedAt"] = received, ["ReceivedAt"] = received, ["ClockStartAt"] = received,
                ["AppointmentAt"] = appointment, ["WorkingDueAt"] = appointment, ["FinishedAt"] = finished, ["ReturnedAt"] = returned, ["EndedAt"] = ended,
                ["SetsReceived"] = 1, ["ResultDelivery"] = 1, ["PaidOnline"] = random.NextDouble() < 0.4, ["ResultForm"] = random.NextDouble() < 0.6 ? 1 : 2,
                ["SatisfactionRating"] = random.NextDouble() < 0.7 ? random.Next(1, 4) : null, ["SupplementCount"] = random.NextDouble() < 0.05 ? 1 : random.NextDouble() < 0.01 ? 2 : 0,
                ["Instance"] = Array.Empty<byte>(), ["Version"] = 1,
            });
            long opened = received;
            for (int step = 0; step < 4; step++)
            {
                long completedAt = opened + random.NextInt64(2 * Day);
                bool done = finished is not null && completedAt < finished.Value || finished is null && completedAt < yearEnd && step < 2;
                taskRows.Insert(transaction, new()
                {
                    ["Id"] = id * 4 + step, ["DossierId"] = id, ["BookmarkId"] = step, ["ActivityId"] = $"Step{step}", ["StepType"] = "TthcFlow.OfficerStep", ["Title"] = $"Bước {step}",
                    ["AgencyEId"] = committee, ["UnitCode"] = step == 3 ? "LD" : "VP", ["Role"] = step == 3 ? RoleCodes.Leader : RoleCodes.Specialist, ["Status"] = done ? 3 : 2,
                    ["Outcomes"] = "[\"Approved\",\"SentBack\"]", ["Escalations"] = "[]", ["AllotmentHours"] = 8.0, ["OpenedAt"] = opened, ["FirstOpenedAt"] = opened,
                    ["DueAt"] = opened + Day, ["CountsTowardLimit"] = true, ["ReceivedBy"] = $"cb{random.Next(2000)}", ["ReceivedAt"] = opened + Hour,
                    ["CompletedAt"] = done ? completedAt : null, ["Outcome"] = done ? (random.NextDouble() < 0.03 ? "SentBack" : "Approved") : null,
                });
                if (!done)
                    break;
                opened = completedAt;
            }
            for (int d = 0; d < 2; d++)
                documentRows.Insert(transaction, new() { ["Id"] = id * 2 + d, ["DossierId"] = id, ["Kind"] = 1, ["Name"] = "Giấy tờ", ["Digitised"] = random.NextDouble() < 0.9, ["Reused"] = random.NextDouble() < 0.3 });
            if (id % 2 == 0)
                feeRows.Insert(transaction, new() { ["Id"] = id, ["DossierId"] = id, ["Name"] = "Lệ phí", ["AmountVnd"] = 8000 });
            for (int seq = 1; seq <= 2; seq++)
            {
                long created = seq == 1 ? received : finished ?? received;
                outboxRows.Insert(transaction, new()
                {
                    ["Id"] = id * 2 + seq, ["DossierId"] = id, ["Seq"] = seq, ["Kind"] = "StatusSync", ["Payload"] = Array.Empty<byte>(), ["CreatedAt"] = created,
                    ["DispatchedAt"] = random.NextDouble() < 0.98 ? created + 60_000 : null, ["Attempts"] = 1,
                });
            }
        }
        transaction.Commit();
        Execute(connection, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A prepared INSERT of every column of a table; columns a row leaves out get NULL, or a zero/empty value when NOT NULL.</summary>
    private sealed class Row
    {
        private readonly SqliteCommand _command;
        private readonly Dictionary<string, (SqliteParameter Parameter, object Default)> _columns = new(StringComparer.Ordinal);

        public Row(SqliteConnection connection, string table)
        {
            using (var info = connection.CreateCommand())
            {
                info.CommandText = $"PRAGMA table_info(\"{table}\")";
                using var reader = info.ExecuteReader();
                while (reader.Read())
                {
                    string name = reader.GetString(1), type = reader.GetString(2).ToUpperInvariant();
                    bool notNull = reader.GetInt64(3) != 0;
                    object fallback = !notNull ? DBNull.Value : type.Contains("TEXT", StringComparison.Ordinal) ? "" : type.Contains("BLOB", StringComparison.Ordinal) ? Array.Empty<byte>() : 0;
                    _columns[name] = (new SqliteParameter($"@p{_columns.Count}", fallback), fallback);
                }
            }
            _command = connection.CreateCommand();
            _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", _columns.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", _columns.Values.Select(c => c.Parameter.ParameterName))})";
            foreach (var (parameter, _) in _columns.Values)
                _command.Parameters.Add(parameter);
        }

        public void Insert(SqliteTransaction transaction, Dictionary<string, object?> values)
        {
            foreach (var (name, (parameter, fallback)) in _columns)
                parameter.Value = values.TryGetValue(name, out var value) && value is not null ? value : fallback;
            _command.Transaction = transaction;
            _command.ExecuteNonQuery();
        }
    }
}
