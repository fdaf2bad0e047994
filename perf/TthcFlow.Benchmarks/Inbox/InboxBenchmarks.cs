using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Benchmarks.Reports;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Benchmarks.Inbox;

/// <summary>
/// Hộp công việc at province scale: <see cref="InboxQueries"/> on a store of 1,000,000 dossiers
/// (<see cref="InboxStore"/>; <c>TTHCFLOW_INBOX_DOSSIERS</c> changes the size), read as three
/// officers: the specialist of the busiest commune's office, the one-stop officer of that commune's
/// service centre (bộ phận một cửa, whose desk lists hold every dossier handed back there), and a
/// specialist of the busiest department. The job (<see cref="InboxColumns"/>) runs in process, one
/// query per iteration (no batching), so the percentile columns are percentiles of single queries. Target: p99 ≤ 20 ms.
/// </summary>
[Config(typeof(InboxColumns))]
public class InboxBenchmarks
{
    private InboxQueries _inbox = null!;
    private ActingOfficer _officer = null!;
    private InboxList _home;
    private string _applicant = null!;
    private string _code = null!;

    /// <summary>Who reads the inbox.</summary>
    [ParamsAllValues]
    public Reader Officer { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int dossiers = int.TryParse(Environment.GetEnvironmentVariable("TTHCFLOW_INBOX_DOSSIERS"), out var n) ? n : 1_000_000;
        var reference = ReferenceData.Load(new WorkflowsFolder(ReportBenchmarks.RepositoryWorkflows()));
        string path = InboxStore.Ensure(reference.Organisation, dossiers);
        var store = StoreOptions.From($"Data Source={path}");
        _inbox = new InboxQueries(new ReportBenchmarks.Contexts(store), new FixedClock(InboxStore.Now), new DossierOptions());
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        connection.Open();
        var organisation = reference.Organisation;
        (_officer, _home) = Officer switch
        {
            Reader.CommuneSpecialist => (new ActingOfficer("cb1", "Chuyên viên xã", Busiest(connection, organisation, AgencyKind.CommunePeoplesCommittee), "vanphong", [RoleCodes.Specialist]), InboxList.InProcess),
            Reader.OneStopOfficer => (OneStop(connection, organisation), InboxList.Returned),
            _ => (DepartmentSpecialist(connection, organisation), InboxList.InProcess),
        };
        // Someone in the reader's home list, searched for by name and by code.
        using var pick = connection.CreateCommand();
        pick.CommandText = _home == InboxList.Returned
            ? "SELECT ApplicantName, Code FROM dossiers WHERE ReceivingAgencyEId = $a AND Status = 10 ORDER BY Id LIMIT 1 OFFSET 500"
            : "SELECT d.ApplicantName, d.Code FROM tasks t JOIN dossiers d ON d.Id = t.DossierId WHERE t.AgencyEId = $a AND t.Status IN (1, 2) AND d.Status = 4 ORDER BY t.Id LIMIT 1";
        pick.Parameters.AddWithValue("$a", _officer.AgencyEId);
        using var reader = pick.ExecuteReader();
        if (!reader.Read())
            throw new InvalidOperationException($"No dossier in {_officer.AgencyEId}'s {_home} list.");
        (_applicant, _code) = (reader.GetString(0), reader.GetString(1));
    }

    [Benchmark(Description = "page 1 + counters")]
    public Task<int> Page() => Run(new InboxQuery { List = _home });

    /// <summary>The home list widened to every returned dossier (the desk's "show all"; the same as page 1 for specialists).</summary>
    [Benchmark(Description = "page 1, all returned")]
    public Task<int> PageAllReturned() => Run(new InboxQuery { List = _home, ReturnedDays = 0 });

    [Benchmark(Description = "search applicant name")]
    public Task<int> SearchName() => Run(new InboxQuery { List = _home, Search = _applicant });

    [Benchmark(Description = "search dossier code")]
    public Task<int> SearchCode() => Run(new InboxQuery { List = _home, Search = _code });

    [Benchmark(Description = "due filter: overdue")]
    public Task<int> Overdue() => Run(new InboxQuery { List = _home, Due = DueState.Overdue });

    private async Task<int> Run(InboxQuery query)
    {
        var page = await _inbox.ListAsync(_officer, query);
        return page.Total + page.Items.Count;
    }

    /// <summary>The agency of a kind with most live steps.</summary>
    private static string Busiest(SqliteConnection connection, OrganisationModel organisation, AgencyKind kind)
    {
        var agencies = organisation.Agencies.Where(a => a.Kind == kind).Select(a => $"'{a.EId}'");
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT AgencyEId FROM tasks WHERE Status IN (1, 2) AND AgencyEId IN ({string.Join(", ", agencies)}) GROUP BY AgencyEId ORDER BY COUNT(*) DESC LIMIT 1";
        return (string)command.ExecuteScalar()!;
    }

    private static ActingOfficer OneStop(SqliteConnection connection, OrganisationModel organisation)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ReceivingAgencyEId FROM dossiers WHERE Status = 10 GROUP BY ReceivingAgencyEId ORDER BY COUNT(*) DESC LIMIT 1";
        var centre = organisation.GetAgency((string)command.ExecuteScalar()!);
        var desk = centre.Units.First(u => u.Staffs(RoleCodes.OneStopOfficer)).Code;
        return new ActingOfficer("motcua1", "Cán bộ một cửa", centre.EId, desk, [RoleCodes.OneStopOfficer]);
    }

    private static ActingOfficer DepartmentSpecialist(SqliteConnection connection, OrganisationModel organisation)
    {
        var busiest = organisation.GetAgency(Busiest(connection, organisation, AgencyKind.Department));
        var division = busiest.Units.First(u => u.Staffs(RoleCodes.Specialist)).Code;
        return new ActingOfficer("cv1", "Chuyên viên Sở", busiest.EId, division, [RoleCodes.Specialist]);
    }

    /// <summary>Who reads the inbox.</summary>
    public enum Reader
    {
        CommuneSpecialist,
        OneStopOfficer,
        DepartmentSpecialist,
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
