using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Persistence;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Dossiers;

/// <summary>The inbox lists officers work from (DOMAIN.md §9), their counters, due colours, filters, search and paging.</summary>
public abstract class InboxTests(StoreProvider store) : IAsyncLifetime
{
    private readonly DossierWorld _world = new(store);
    private CommitPipeline _pipeline = null!;
    private InboxQueries _inbox = null!;
    private readonly List<DossierSummary> _filed = [];

    public async Task InitializeAsync()
    {
        _pipeline = _world.Started();
        _inbox = new InboxQueries(_world.Contexts, _world.Clock, new DossierOptions());
        foreach (var (name, channel) in new[] { ("Trần Thị Bình", SubmissionChannel.Online), ("Lê Văn Cường", SubmissionChannel.Online),
                     ("Phạm Minh Đức", SubmissionChannel.InPerson), ("Hoàng Thu Hà", SubmissionChannel.InPerson) })
            _filed.Add((await _pipeline.ExecuteAsync(_world.BirthRegistration(name, channel))).Dossier!);
    }

    /// <summary>Takes a received dossier through its steps until the desk hands the result back.</summary>
    private async Task<DossierSummary> ReturnAsync(DossierSummary dossier)
    {
        foreach (var outcome in new[] { "Approved", "Signed", "Done" })
        {
            var task = Assert.Single(dossier.ActiveTasks);
            dossier = (await _pipeline.ExecuteAsync(new CompleteTask(task.Id, outcome, null, _world.OfficerFor(task)))).Dossier!;
        }
        Assert.Equal(NationalStatus.Returned, dossier.Status);
        return dossier;
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task Each_officer_sees_the_counters_of_their_own_unit()
    {
        var desk = await _inbox.ListAsync(_world.DeskOfficer, new InboxQuery { List = InboxList.AwaitingOnlineReceipt });
        var specialist = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived });
        var leader = await _inbox.ListAsync(_world.Leader, new InboxQuery());

        Assert.Equal(2, desk.Counters[InboxList.AwaitingOnlineReceipt]);
        Assert.Equal(["Lê Văn Cường", "Trần Thị Bình"], desk.Items.Select(i => i.ApplicantName).Order());
        Assert.Equal(0, desk.Counters[InboxList.NewlyReceived]);
        Assert.Equal(2, specialist.Counters[InboxList.NewlyReceived]);
        Assert.All(specialist.Items, i => Assert.Equal(["Approved", "Incomplete"], i.Outcomes));
        Assert.All(leader.Counters.Values, count => Assert.Equal(0, count));
    }

    [StoreFact]
    public async Task Taking_a_step_moves_it_to_in_process_and_to_mine()
    {
        var first = (await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived })).Items[0];
        await _pipeline.ExecuteAsync(new ClaimTask(first.TaskId!.Value, _world.Specialist));

        var page = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.Mine });

        Assert.Equal((1, 1, 1), (page.Counters[InboxList.NewlyReceived], page.Counters[InboxList.InProcess], page.Counters[InboxList.Mine]));
        Assert.Equal(first.Code, Assert.Single(page.Items).Code);
    }

    [StoreFact]
    public async Task Steps_turn_near_due_then_overdue_as_the_clock_passes_their_due_instant()
    {
        var before = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NearDue });
        _world.Clock.Advance(TimeSpan.FromHours(3));
        var after = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.Overdue });

        Assert.Equal((2, 0), (before.Counters[InboxList.NearDue], before.Counters[InboxList.Overdue]));
        Assert.All(before.Items, i => Assert.Equal(DueState.NearDue, i.DueState));
        Assert.Equal((0, 2), (after.Counters[InboxList.NearDue], after.Counters[InboxList.Overdue]));
        Assert.All(after.Items, i => Assert.Equal(DueState.Overdue, i.DueState));
    }

    [StoreFact]
    public async Task Search_by_code_or_applicant_filters_and_pages()
    {
        var all = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived });
        var code = all.Items[0].Code;

        var byCode = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived, Search = code });
        var byName = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived, Search = "Thu Hà" });
        var online = await _inbox.ListAsync(_world.DeskOfficer, new InboxQuery { List = InboxList.AwaitingOnlineReceipt, Channel = SubmissionChannel.InPerson });
        var paged = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived, PageSize = 1, Page = 2 });

        Assert.Equal(code, Assert.Single(byCode.Items).Code);
        Assert.Equal("Hoàng Thu Hà", Assert.Single(byName.Items).ApplicantName);
        Assert.Empty(online.Items);
        Assert.Equal((2, 1), (paged.Total, paged.Items.Count));
        Assert.NotEqual(all.Items[0].Code, paged.Items[0].Code);
    }

    [StoreFact]
    public async Task The_desk_finds_a_dossier_by_part_of_the_name_in_any_case_by_code_prefix_and_by_id_number()
    {
        var duc = await ReturnAsync(_filed[2]);
        await ReturnAsync(_filed[3]);
        await _pipeline.ExecuteAsync(new DecideReceipt(_filed[0].Id, ReceiptOutcome.Refuse, _world.DeskOfficer, "Không thuộc thẩm quyền"));
        Task<InboxPage> Returned(string search) => _inbox.ListAsync(_world.DeskOfficer, new InboxQuery { List = InboxList.Returned, Search = search });

        var byName = await Returned("minh đỨC");
        var withoutMarks = await Returned("minh duc");
        var shortName = await Returned("hà");
        var byCode = await Returned(duc.Code[..^3].ToLowerInvariant());
        var byIdNumber = await Returned("066090001234");
        var refused = await _inbox.ListAsync(_world.DeskOfficer, new InboxQuery { List = InboxList.Refused, Search = "BÌNH" });

        Assert.Equal("Phạm Minh Đức", Assert.Single(byName.Items).ApplicantName);
        Assert.Empty(withoutMarks.Items);
        Assert.Equal("Hoàng Thu Hà", Assert.Single(shortName.Items).ApplicantName);
        Assert.Equal(["Hoàng Thu Hà", "Phạm Minh Đức"], byCode.Items.Select(i => i.ApplicantName).Order());
        Assert.Equal((2, 2), (byIdNumber.Total, byIdNumber.Counters[InboxList.Returned]));
        Assert.Equal("Trần Thị Bình", Assert.Single(refused.Items).ApplicantName);
        Assert.Equal((1, 0), (refused.Counters[InboxList.Refused], refused.Counters[InboxList.Returned]));
    }

    [StoreFact]
    public async Task The_returned_list_filters_by_due_state_and_reaches_back_a_month_unless_widened()
    {
        Task<InboxPage> Returned(DueState? due = null, int days = InboxQuery.DefaultReturnedDays) =>
            _inbox.ListAsync(_world.DeskOfficer, new InboxQuery { List = InboxList.Returned, Due = due, ReturnedDays = days });
        var duc = await ReturnAsync(_filed[2]);
        var sameDay = await Returned(DueState.Overdue);
        _world.Clock.Advance(TimeSpan.FromDays(2));
        var ha = await ReturnAsync(_filed[3]);
        var readAt = _world.Clock.GetUtcNow();

        var latestFirst = await Returned();
        var overdue = await Returned(DueState.Overdue);
        var onTime = await Returned(DueState.OnTime);
        _world.Clock.Advance(TimeSpan.FromDays(29));
        var lastMonth = await Returned();
        var all = await Returned(days: 0);

        Assert.Equal((0, 1), (sameDay.Total, sameDay.Counters[InboxList.Returned]));
        Assert.Equal([ha.Code, duc.Code], latestFirst.Items.Select(i => i.Code));
        Assert.Equal(readAt.AddDays(-InboxQuery.DefaultReturnedDays), latestFirst.ReturnedSince);
        Assert.Equal((2, 0), (overdue.Total, onTime.Total));
        Assert.All(overdue.Items, i => Assert.Equal(DueState.Overdue, i.DueState));
        Assert.Equal([ha.Code], lastMonth.Items.Select(i => i.Code));
        Assert.Equal((1, 1), (lastMonth.Total, lastMonth.Counters[InboxList.Returned]));
        Assert.Equal((2, 2, (DateTimeOffset?)null), (all.Total, all.Counters[InboxList.Returned], all.ReturnedSince));
    }

    [StoreFact]
    public async Task The_public_look_up_needs_the_code_and_the_applicants_id_number()
    {
        var queries = new DossierQueries(_world.Contexts, _world.Clock);
        var code = (await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived })).Items[0].Code;

        var found = await queries.LookUpAsync(code, "066090001234");
        var wrongId = await queries.LookUpAsync(code, "001234567890");
        var logbook = await queries.LogbookAsync(DossierWorld.Centre, _world.Clock.GetUtcNow().AddDays(-1), _world.Clock.GetUtcNow().AddDays(1));

        Assert.Equal(NationalStatus.Received, found!.Status);
        Assert.Null(wrongId);
        Assert.Equal(2, logbook.Count);
    }

    [StoreFact]
    public async Task A_step_list_pages_in_due_order_and_each_page_carries_its_steps_and_dossiers()
    {
        static object Row(InboxItem i) => (i.TaskId, i.DossierId, i.Code, i.Status, i.TaskStatus, i.StepDueAt, i.ApplicantName);
        var whole = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived });
        var one = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived, PageSize = 1 });
        var two = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived, PageSize = 1, Page = 2 });
        var three = await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived, PageSize = 1, Page = 3 });

        Assert.Equal(["Hoàng Thu Hà", "Phạm Minh Đức"], whole.Items.Select(i => i.ApplicantName).Order());
        Assert.Equal(whole.Items.OrderBy(i => i.StepDueAt).ThenBy(i => i.TaskId).Select(i => i.TaskId), whole.Items.Select(i => i.TaskId));
        Assert.Equal(whole.Items.Select(Row), one.Items.Concat(two.Items).Select(Row));
        Assert.Empty(three.Items);
        Assert.Equal((2, 2, 2), (one.Total, two.Total, three.Total));
        Assert.All(whole.Items, i => Assert.Equal((NationalStatus.Received, OfficerTaskStatus.Open), (i.Status, i.TaskStatus!.Value)));
    }

    [StoreFact]
    public async Task On_SQLite_the_step_lists_read_live_steps_and_dossier_statuses_from_their_indexes()
    {
        if (store != StoreProvider.Sqlite) return;
        var first = (await _inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.NewlyReceived })).Items[0];
        await _pipeline.ExecuteAsync(new ClaimTask(first.TaskId!.Value, _world.Specialist));
        await using (var db = _world.Db())
            await db.Database.ExecuteSqlRawAsync("ANALYZE"); // as the migration does on a store that holds dossiers
        var plans = new List<string>();
        var options = new DbContextOptionsBuilder<EngineDbContext>();
        options.UseEngineStore(_world.Store.Options).AddInterceptors(new QueryPlans(plans));
        var inbox = new InboxQueries(new ContextFactory(options.Options), _world.Clock, new DossierOptions());

        await inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.InProcess });
        await inbox.ListAsync(_world.Specialist, new InboxQuery { List = InboxList.InProcess, Due = DueState.Overdue });

        // Counters, the due filter's count and the page's choice read the partial index of live steps
        // and the dossiers' (Id, Status) index, never the task or dossier rows (only the page's rows are read whole).
        Assert.Equal(5, plans.Count); // counters and page; counters, the due filter's count and page
        Assert.All(plans, p => Assert.Contains("COVERING INDEX IX_tasks_live_steps", p));
        Assert.All(plans, p => Assert.Contains("COVERING INDEX IX_dossiers_Id_Status", p));
        Assert.DoesNotContain(plans, p => p.Contains("SCAN t0") || p.Contains("SCAN d"));
    }

    /// <summary>Records SQLite's plan of every query that reads tasks.</summary>
    private sealed class QueryPlans(List<string> plans) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.Contains("\"tasks\"")) return result;
            await using var explain = command.Connection!.CreateCommand();
            explain.Transaction = command.Transaction;
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            foreach (SqliteParameter p in command.Parameters) explain.Parameters.Add(new SqliteParameter(p.ParameterName, p.Value));
            await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
            var lines = new List<string>();
            while (await reader.ReadAsync(cancellationToken)) lines.Add(reader.GetString(3));
            plans.Add(string.Join('\n', lines));
            return result;
        }
    }

    public sealed class OnSqlite() : InboxTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : InboxTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
