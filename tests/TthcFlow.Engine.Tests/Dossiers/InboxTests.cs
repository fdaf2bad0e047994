using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
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

    public async Task InitializeAsync()
    {
        _pipeline = _world.Started();
        _inbox = new InboxQueries(_world.Contexts, _world.Clock, new DossierOptions());
        await _pipeline.ExecuteAsync(_world.BirthRegistration("Trần Thị Bình", SubmissionChannel.Online));
        await _pipeline.ExecuteAsync(_world.BirthRegistration("Lê Văn Cường", SubmissionChannel.Online));
        await _pipeline.ExecuteAsync(_world.BirthRegistration("Phạm Minh Đức"));
        await _pipeline.ExecuteAsync(_world.BirthRegistration("Hoàng Thu Hà"));
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

    public sealed class OnSqlite() : InboxTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : InboxTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
