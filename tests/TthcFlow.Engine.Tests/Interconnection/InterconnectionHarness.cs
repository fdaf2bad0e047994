using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;
using TthcFlow.Engine.Tests.Deadlines;
using TthcFlow.Engine.Tests.Persistence;

namespace TthcFlow.Engine.Tests.Interconnection;

/// <summary>Drives interconnected dossiers step by step on a virtual clock, as the officers of each unit would.</summary>
internal static class InterconnectionHarness
{
    public static SubmitDossier File(DossierWorld world, string definitionId, string receivingAgency, ResultDelivery delivery = ResultDelivery.AtDesk) =>
        world.BirthRegistration() with
        {
            DefinitionId = definitionId,
            ReceivingAgencyEId = receivingAgency,
            Officer = world.Officer(receivingAgency, RoleCodes.OneStopOfficer),
            ResultDelivery = delivery,
        };

    public static async Task<List<DossierTask>> TasksAsync(DeadlineHarness h, long dossierId) =>
        [.. (await h.RowsAsync<DossierTask>()).Where(t => t.DossierId == dossierId).OrderBy(t => t.Id)];

    public static async Task<DossierTask> LiveAsync(DeadlineHarness h, long dossierId, string activityId) =>
        Assert.Single(await TasksAsync(h, dossierId), t => t.ActivityId == activityId && t.IsActive);

    /// <summary>The officer of the task's post completes it with an outcome; the command must succeed.</summary>
    public static async Task<DossierSummary> CompleteAsync(DeadlineHarness h, long dossierId, string activityId, string outcome, string? postalTracking = null)
    {
        var task = await LiveAsync(h, dossierId, activityId);
        var officer = h.World.Officer(task.AgencyEId, task.Role, task.UnitCode);
        var result = await h.RunAsync(new CompleteTask(task.Id, outcome, null, officer, postalTracking));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Dossier!;
    }
}
