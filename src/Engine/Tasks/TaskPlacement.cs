using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;

namespace TthcFlow.Engine.Tasks;

/// <summary>
/// Turns a step the runtime opened into a task row: resolves its unit rule against the dossier's
/// receiving and competent agencies and the organisation (agency → unit staffing the role, the
/// division handling the procedure's field first), and plans its times in working time (near due,
/// due, overdue: <see cref="WorkingDeadlines"/>) with the escalations the step declares. The giver is the officer whose action handed the dossier over.
/// </summary>
internal static class TaskPlacement
{
    public static (DossierTask? Task, DomainError? Error) ForHumanStep(
        DossierState state, HumanTaskOpened opened, ActingOfficer? giver, CommandContext context)
    {
        var task = opened.Settings.Task;
        var post = Resolve(state.Dossier, task.Unit, task.Role, context, out var problem);
        if (post is null)
            return (null, Unplaceable(opened.ActivityId, problem));
        var plan = WorkingDeadlines.PlanStep(opened.OpenedAt, task.AllotmentHours, context.Calendar, context.Options);
        return (new DossierTask
        {
            Id = context.NewId(),
            DossierId = state.Id,
            BookmarkId = opened.BookmarkId,
            ActivityId = opened.ActivityId,
            StepType = opened.StepType,
            Title = task.Title,
            Action = (opened.Settings as OfficerStepSettings)?.Action.ToString(),
            AgencyEId = post.Agency.EId,
            UnitCode = post.Unit.Code,
            Role = post.Role,
            Outcomes = [.. opened.Outcomes],
            AllotmentHours = (double)task.AllotmentHours,
            OpenedAt = opened.OpenedAt,
            FirstOpenedAt = FirstOpened(state, opened.ActivityId) ?? opened.OpenedAt,
            WarningAt = plan.NearDueAt,
            DueAt = plan.DueAt,
            OverdueAt = plan.OverdueAt,
            Escalations = EscalationRules.Encode(task.Escalations),
            GivenBy = giver?.UserName,
            GivenByName = giver?.FullName,
        }, null);
    }

    /// <summary>
    /// A transfer (liên thông) lands on the one-stop desk of the target agency — or, for an agency
    /// without one (a tax office's professional division), on its specialists — which answers Done or Returned.
    /// </summary>
    public static (DossierTask? Task, DomainError? Error) ForTransfer(
        DossierState state, ChildProcessRequested requested, ActingOfficer? giver, CommandContext context)
    {
        var settings = requested.Settings;
        var post = Resolve(state.Dossier, settings.Target, RoleCodes.OneStopOfficer, context, out var problem)
            ?? Resolve(state.Dossier, settings.Target, RoleCodes.Specialist, context, out _);
        if (post is null)
            return (null, Unplaceable(requested.ActivityId, problem));
        var plan = WorkingDeadlines.PlanStep(requested.RequestedAt, settings.AllotmentHours, context.Calendar, context.Options);
        return (new DossierTask
        {
            Id = context.NewId(),
            DossierId = state.Id,
            BookmarkId = requested.BookmarkId,
            ActivityId = requested.ActivityId,
            StepType = ActivityTypeNames.Transfer,
            Title = settings.Title,
            AgencyEId = post.Agency.EId,
            UnitCode = post.Unit.Code,
            Role = post.Role,
            Outcomes = ["Done", "Returned"],
            AllotmentHours = (double)settings.AllotmentHours,
            OpenedAt = requested.RequestedAt,
            FirstOpenedAt = FirstOpened(state, requested.ActivityId) ?? requested.RequestedAt,
            WarningAt = plan.NearDueAt,
            DueAt = plan.DueAt,
            OverdueAt = plan.OverdueAt,
            Escalations = EscalationRules.Encode(Escalation.Defaults),
            CountsTowardLimit = settings.CountsTime,
            GivenBy = giver?.UserName,
            GivenByName = giver?.FullName,
        }, null);
    }

    private static Post? Resolve(Dossier dossier, UnitRule rule, string role, CommandContext context, out string? problem)
    {
        var organisation = context.Organisation;
        var receiving = organisation.FindAgency(dossier.ReceivingAgencyEId);
        var competent = organisation.FindAgency(dossier.CompetentAgencyEId);
        if (receiving is null || competent is null)
        {
            problem = "the dossier's agencies are not in the organisation";
            return null;
        }
        var resolved = organisation.ResolveUnitRule(rule.Kind, rule.Agency, rule.AgencyKind, new DossierAgencies(receiving, competent));
        if (resolved.Agency is not { } agency)
        {
            problem = resolved.Problem;
            return null;
        }
        var post = organisation.FindPost(agency, role, dossier.Field);
        problem = post is null ? $"no unit of {agency.Name} ({agency.EId}) staffs the role {role}" : null;
        return post;
    }

    private static DateTimeOffset? FirstOpened(DossierState state, string activityId)
    {
        foreach (var task in state.Tasks)
        {
            if (task.ActivityId == activityId)
                return task.FirstOpenedAt;
        }
        return null;
    }

    private static DomainError Unplaceable(string activityId, string? problem) =>
        new(DomainErrorCode.ProcedureError, $"Step '{activityId}' cannot be placed: {problem}.");
}
