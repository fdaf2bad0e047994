using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Persistence;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Tasks;

/// <summary>Officers' actions on their tasks: claim, complete, reassign, send back, ask the citizen for supplements.</summary>
public abstract class TaskActionTests(StoreProvider store) : IAsyncLifetime
{
    private readonly DossierWorld _world = new(store);
    private CommitPipeline _pipeline = null!;

    public Task InitializeAsync()
    {
        _pipeline = _world.Started();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [StoreFact]
    public async Task A_dossier_goes_from_receipt_to_return_and_its_tracking_sheet_shows_every_hand_over()
    {
        var dossier = (await _pipeline.ExecuteAsync(_world.BirthRegistration())).Dossier!;
        foreach (var (outcome, status) in new[] { ("Approved", NationalStatus.InProcess), ("Signed", NationalStatus.Processed), ("Done", NationalStatus.Returned) })
        {
            _world.Clock.Advance(TimeSpan.FromMinutes(20));
            var task = Assert.Single(dossier.ActiveTasks);
            dossier = (await _pipeline.ExecuteAsync(new CompleteTask(task.Id, outcome, $"Ý kiến: {outcome}", _world.OfficerFor(task)))).Dossier!;
            Assert.Equal(status, dossier.Status);
        }

        var detail = (await new DossierQueries(_world.Contexts, _world.Clock).FindAsync(dossier.Id))!;
        Assert.Equal(["Accepted", "Approved", "Signed", "Done"], detail.TrackingSheet.Select(r => r.Outcome));
        var sign = detail.TrackingSheet[2];
        Assert.Equal(_world.OfficerFor(TaskOf(detail, 1)).FullName, sign.GivenBy);
        Assert.Equal(_world.Leader.FullName, sign.ReceivedBy);
        Assert.Equal("Ý kiến: Signed", sign.Note);
        Assert.Equal(StepResult.OnTime, detail.TrackingSheet[1].Result);
        Assert.NotNull(detail.Dossier.FinishedAt);
        Assert.Equal(_world.Clock.GetUtcNow(), detail.Dossier.ReturnedAt);
    }

    [StoreFact]
    public async Task Officers_of_another_unit_or_role_and_wrong_outcomes_are_refused_and_change_nothing()
    {
        var dossier = (await _pipeline.ExecuteAsync(_world.BirthRegistration())).Dossier!;
        var appraisal = dossier.ActiveTasks.Single();
        var otherCommune = _world.Officers.First(o => o.Role == RoleCodes.Specialist && o.AgencyEId != DossierWorld.Committee);
        var stranger = new ActingOfficer(otherCommune.Username, otherCommune.FullName, otherCommune.AgencyEId, otherCommune.UnitCode, [RoleCodes.Specialist]);

        var results = new[]
        {
            await _pipeline.ExecuteAsync(new ClaimTask(appraisal.Id, stranger)),
            await _pipeline.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, stranger)),
            await _pipeline.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, _world.OfficerFor(appraisal) with { Roles = [RoleCodes.Clerk] })),
            await _pipeline.ExecuteAsync(new CompleteTask(appraisal.Id, "Signed", null, _world.OfficerFor(appraisal))),
            await _pipeline.ExecuteAsync(new CompleteTask(987654, "Approved", null, _world.OfficerFor(appraisal))),
        };

        Assert.Equal([DomainErrorCode.NotYours, DomainErrorCode.NotYours, DomainErrorCode.NotYours, DomainErrorCode.WrongOutcome, DomainErrorCode.NotFound],
            results.Select(r => r.Error!.Code));
        var detail = (await new DossierQueries(_world.Contexts, _world.Clock).FindAsync(dossier.Id))!;
        Assert.Equal(dossier.Version, detail.Dossier.Version);
        Assert.Null(Assert.Single(detail.TrackingSheet, r => r.TaskId == appraisal.Id).CompletedAt);
    }

    [StoreFact]
    public async Task A_claimed_task_is_its_holders_and_a_colleague_gets_a_conflict()
    {
        var appraisal = (await _pipeline.ExecuteAsync(_world.BirthRegistration())).Dossier!.ActiveTasks.Single();
        var officer = _world.OfficerFor(appraisal);

        var claimed = await _pipeline.ExecuteAsync(new ClaimTask(appraisal.Id, officer));
        var again = await _pipeline.ExecuteAsync(new ClaimTask(appraisal.Id, officer));
        var colleague = await _pipeline.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, DossierWorld.Colleague(officer)));

        Assert.Equal(NationalStatus.InProcess, claimed.Dossier!.Status);
        Assert.Equal(claimed.Dossier.Version, again.Dossier!.Version);
        Assert.Equal(DomainErrorCode.Conflict, colleague.Error!.Code);
    }

    [StoreFact]
    public async Task The_leader_sends_the_draft_back_with_a_reason_and_appraisal_reopens_counting_from_its_first_run()
    {
        var dossier = (await _pipeline.ExecuteAsync(_world.BirthRegistration())).Dossier!;
        var appraisal = dossier.ActiveTasks.Single();
        var firstOpened = _world.Clock.GetUtcNow();
        _world.Clock.Advance(TimeSpan.FromMinutes(30));
        var sign = (await _pipeline.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, _world.OfficerFor(appraisal)))).Dossier!.ActiveTasks.Single();
        _world.Clock.Advance(TimeSpan.FromMinutes(30));

        var unreasoned = await _pipeline.ExecuteAsync(new SendBackTask(sign.Id, " ", _world.Leader));
        var back = await _pipeline.ExecuteAsync(new SendBackTask(sign.Id, "Sai tên cha trong tờ khai", _world.Leader));

        Assert.Equal(DomainErrorCode.InvalidInput, unreasoned.Error!.Code);
        var reopened = back.Dossier!.ActiveTasks.Single();
        Assert.Equal("appraise", (await TaskRow(reopened.Id)).ActivityId);
        Assert.Equal(firstOpened, (await TaskRow(reopened.Id)).FirstOpenedAt);
        var sheet = (await new DossierQueries(_world.Contexts, _world.Clock).FindAsync(back.Dossier.Id))!.TrackingSheet;
        Assert.Equal(("SentBack", "Sai tên cha trong tờ khai"), (sheet[2].Outcome, sheet[2].Note));
    }

    [StoreFact]
    public async Task The_head_of_the_unit_reassigns_within_the_unit_only()
    {
        var appraisal = (await _pipeline.ExecuteAsync(_world.BirthRegistration())).Dossier!.ActiveTasks.Single();
        var specialist = _world.OfficerFor(appraisal);
        var head = _world.Officer(appraisal.AgencyEId, RoleCodes.DivisionHead, appraisal.UnitCode);
        var colleague = DossierWorld.Colleague(specialist);

        var outside = await _pipeline.ExecuteAsync(new ReassignTask(appraisal.Id, _world.Leader, head));
        var bySpecialistColleague = await _pipeline.ExecuteAsync(new ReassignTask(appraisal.Id, specialist, colleague));
        var reassigned = await _pipeline.ExecuteAsync(new ReassignTask(appraisal.Id, colleague, head));
        var formerHolder = await _pipeline.ExecuteAsync(new ClaimTask(appraisal.Id, specialist));
        var newHolder = await _pipeline.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, colleague));

        Assert.Equal(DomainErrorCode.InvalidInput, outside.Error!.Code);
        Assert.Equal(DomainErrorCode.NotYours, bySpecialistColleague.Error!.Code);
        Assert.Equal(colleague.UserName, reassigned.Dossier!.ActiveTasks.Single().AssignedTo);
        Assert.Equal(DomainErrorCode.NotYours, formerHolder.Error!.Code);
        Assert.True(newHolder.Succeeded);
    }

    [StoreFact]
    public async Task Asking_the_citizen_for_supplements_pauses_the_dossier_and_a_second_request_is_flagged()
    {
        var dossier = (await _pipeline.ExecuteAsync(_world.BirthRegistration())).Dossier!;
        var appraisal = dossier.ActiveTasks.Single();
        var specialist = _world.OfficerFor(appraisal);

        var asked = await _pipeline.ExecuteAsync(new RequestSupplement(appraisal.Id, "Bản sao giấy chứng nhận kết hôn", specialist));
        var blocked = await _pipeline.ExecuteAsync(new CompleteTask(appraisal.Id, "Approved", null, specialist));
        var supplied = await _pipeline.ExecuteAsync(new RecordSupplement(dossier.Id, _world.DeskOfficer));
        var second = await _pipeline.ExecuteAsync(new RequestSupplement(appraisal.Id, "Giấy tờ tùy thân của người đi đăng ký", specialist));
        var held = (await new DossierQueries(_world.Contexts, _world.Clock).FindAsync(dossier.Id))!;
        var approved = await _pipeline.ExecuteAsync(new DecideSupplementRequest(dossier.Id, held.Supplements[1].Id, true, _world.Leader));

        Assert.Equal((NationalStatus.WaitingForSupplement, DossierSubState.SupplementPause), (asked.Dossier!.Status, asked.Dossier.SubState));
        Assert.Equal(DomainErrorCode.InvalidState, blocked.Error!.Code);
        Assert.Equal(NationalStatus.InProcess, supplied.Dossier!.Status);
        Assert.Equal((NationalStatus.InProcess, DossierSubState.SupplementAwaitingApproval), (second.Dossier!.Status, second.Dossier.SubState));
        Assert.Equal(1, held.Dossier.SupplementCount);
        Assert.Equal(NationalStatus.WaitingForSupplement, approved.Dossier!.Status);
        var detail = (await new DossierQueries(_world.Contexts, _world.Clock).FindAsync(dossier.Id))!;
        Assert.Equal(2, detail.Dossier.SupplementCount);
        Assert.Equal(2, detail.Supplements.Count);
        Assert.Equal(detail.Dossier.AppointmentAt, detail.Supplements[0].PreviousAppointmentAt);
    }

    private static TaskSummary TaskOf(DossierDetail detail, int row)
    {
        var r = detail.TrackingSheet[row];
        return new TaskSummary(r.TaskId, r.Title, r.StepType, r.AgencyEId, r.UnitCode, r.Role, OfficerTaskStatus.Completed, [], null, r.DueAt);
    }

    private async Task<DossierTask> TaskRow(long id)
    {
        await using var db = _world.Db();
        return db.Set<DossierTask>().Single(t => t.Id == id);
    }

    public sealed class OnSqlite() : TaskActionTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : TaskActionTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
