using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Deadlines;
using TthcFlow.Engine.Tests.Persistence;
using static TthcFlow.Engine.Tests.Deadlines.DeadlineHarness;
using static TthcFlow.Engine.Tests.Interconnection.InterconnectionHarness;

namespace TthcFlow.Engine.Tests.Interconnection;

/// <summary>
/// The electronic group birth registration → permanent residence → health-insurance card (Decree
/// 63/2024): the commune registers the birth, then the commune police (the vertical agency serving the commune) and the provincial social
/// insurance each run their own internal procedure at once; the result is returned only when both have finished.
/// </summary>
public sealed class ParallelGroupTests
{
    private const string Police = "002.01.70.H15", SocialInsurance = "000.00.54.H15", OtherCommune = "000.02.70.H15";

    [Fact]
    public async Task The_group_fans_out_to_police_and_social_insurance_and_returns_only_when_both_have_finished()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 2, 8));
        var filed = await h.RunAsync(File(h.World, "birth-residence-health-insurance", DossierWorld.Centre));
        Assert.True(filed.Succeeded, filed.Error?.Message);
        long id = filed.Dossier!.Id;
        await CompleteAsync(h, id, "register", "Approved");
        var fannedOut = await CompleteAsync(h, id, "sign", "Signed");

        Assert.Equal(DossierSubState.InterAgency, fannedOut.SubState);
        var residence = await LiveAsync(h, id, "residence");
        var healthCard = await LiveAsync(h, id, "healthCard");
        var verify = await LiveAsync(h, id, "verify");
        var issueCard = await LiveAsync(h, id, "issueCard");
        Assert.Equal((Police, "residence-registration-linked", 8.0), (residence.AgencyEId, residence.ChildDefinitionId, residence.AllotmentHours));
        Assert.Equal((SocialInsurance, "health-insurance-card-linked"), (healthCard.AgencyEId, healthCard.ChildDefinitionId));
        Assert.Equal((residence.Id, Police, RoleCodes.Specialist), (verify.ParentTaskId!.Value, verify.AgencyEId, verify.Role));
        Assert.Equal((healthCard.Id, SocialInsurance), (issueCard.ParentTaskId!.Value, issueCard.AgencyEId));

        // The transfer itself is answered by the internal procedure, not directly.
        var direct = await h.RunAsync(new CompleteTask(residence.Id, "Done", null, h.World.Officer(residence.AgencyEId, residence.Role, residence.UnitCode)));
        Assert.Equal(DomainErrorCode.InvalidState, direct.Error!.Code);

        // A send-back inside the police branch does not disturb the social insurance branch.
        h.Clock.AdvanceTo(Vn(2026, 3, 2, 14));
        await CompleteAsync(h, id, "verify", "Checked");
        await CompleteAsync(h, id, "register", "SentBack");
        Assert.Equal(2, (await TasksAsync(h, id)).Count(t => t.ActivityId == "verify"));
        var untouched = await LiveAsync(h, id, "issueCard");
        Assert.Equal((issueCard.Id, issueCard.Status, issueCard.OpenedAt, issueCard.DueAt), (untouched.Id, untouched.Status, untouched.OpenedAt, untouched.DueAt));
        Assert.Equal(healthCard.ChildInstance, (await LiveAsync(h, id, "healthCard")).ChildInstance);
        await CompleteAsync(h, id, "verify", "Checked");
        var policeDone = await CompleteAsync(h, id, "register", "Done");

        var residenceRow = (await TasksAsync(h, id)).Single(t => t.Id == residence.Id);
        Assert.Equal((OfficerTaskStatus.Completed, "Done"), (residenceRow.Status, residenceRow.Outcome));
        Assert.DoesNotContain(policeDone.ActiveTasks, t => t.StepType == ActivityTypeNames.ReturnResult);
        Assert.Equal(DossierSubState.InterAgency, policeDone.SubState);

        h.Clock.AdvanceTo(Vn(2026, 3, 3, 9));
        var joined = await CompleteAsync(h, id, "issueCard", "Done");
        var returning = Assert.Single(joined.ActiveTasks);
        Assert.Equal((ActivityTypeNames.ReturnResult, DossierWorld.Centre), (returning.StepType, returning.AgencyEId));
        Assert.Equal((NationalStatus.Processed, DossierSubState.None), (joined.Status, joined.SubState));

        var returned = await CompleteAsync(h, id, "returnResult", "Done");
        Assert.Equal(NationalStatus.Returned, returned.Status);
    }

    [Fact]
    public async Task Each_unit_sees_its_part_and_the_tracking_sheet_and_an_unrelated_unit_sees_nothing()
    {
        await using var h = new DeadlineHarness(Vn(2026, 3, 2, 8));
        var filed = await h.RunAsync(File(h.World, "birth-residence-health-insurance", DossierWorld.Centre));
        long id = filed.Dossier!.Id;
        await CompleteAsync(h, id, "register", "Approved");
        await CompleteAsync(h, id, "sign", "Signed");
        var verify = await LiveAsync(h, id, "verify");
        var residence = await LiveAsync(h, id, "residence");

        var detail = (await new DossierQueries(h.World.Contexts, h.Clock).FindAsync(id))!;
        var policeOfficer = h.World.Officer(verify.AgencyEId, verify.Role, verify.UnitCode);
        Assert.True(detail.VisibleTo(policeOfficer));
        Assert.True(detail.VisibleTo(h.World.Officer(SocialInsurance, RoleCodes.Specialist)));
        Assert.True(detail.VisibleTo(h.World.DeskOfficer));
        Assert.False(detail.VisibleTo(h.World.Officer(OtherCommune, RoleCodes.Leader)));
        Assert.Contains(detail.TrackingSheet, r => r.TaskId == verify.Id && r.AgencyEId == Police);
        Assert.Contains(detail.TrackingSheet, r => r.TaskId == residence.Id && r.StepType == ActivityTypeNames.Transfer);

        var inboxes = new InboxQueries(h.World.Contexts, h.Clock, h.Environment.Options);
        var policeInbox = await inboxes.ListAsync(policeOfficer, new InboxQuery { List = InboxList.InterAgency });
        Assert.Equal([verify.Id], policeInbox.Items.Select(i => i.TaskId));
        var receivingInbox = await inboxes.ListAsync(h.World.Officer(residence.AgencyEId, residence.Role, residence.UnitCode), new InboxQuery { List = InboxList.InterAgency });
        Assert.Contains(receivingInbox.Items, i => i.TaskId == residence.Id);
        var elsewhere = await inboxes.ListAsync(h.World.Officer(OtherCommune, RoleCodes.Specialist), new InboxQuery { List = InboxList.InterAgency });
        Assert.Empty(elsewhere.Items);
    }
}
