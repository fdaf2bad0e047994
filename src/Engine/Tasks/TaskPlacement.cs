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
    /// <summary>
    /// An officer step lands in its unit; inside a transfer's internal procedure (<paramref name="scope"/>
    /// not null) its rules resolve against the transfer's receiving agency.
    /// </summary>
    public static (DossierTask? Task, DomainError? Error) ForHumanStep(
        DossierState state, HumanTaskOpened opened, ActingOfficer? giver, CommandContext context, DossierTask? scope = null)
    {
        var task = opened.Settings.Task;
        string? problem = null;
        var post = ChosenReturnDesk(state.Dossier, opened, scope, context)
            ?? Resolve(state.Dossier, scope, task.Unit, task.Role, context, out problem);
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
            FirstOpenedAt = FirstOpened(state, scope, opened.ActivityId) ?? opened.OpenedAt,
            WarningAt = plan.NearDueAt,
            DueAt = plan.DueAt,
            OverdueAt = plan.OverdueAt,
            Escalations = EscalationRules.Encode(task.Escalations),
            GivenBy = giver?.UserName,
            GivenByName = giver?.FullName,
            ParentTaskId = scope?.Id,
        }, null);
    }

    /// <summary>
    /// A transfer (liên thông) lands at the target agency with that agency's allotment: on its one-stop
    /// desk (or, for an agency without one, its specialists), which answers Done or Returned; or, when
    /// it names an internal procedure (whose last step answers), with the agency's head.
    /// </summary>
    public static (DossierTask? Task, DomainError? Error) ForTransfer(
        DossierState state, ChildProcessRequested requested, ActingOfficer? giver, CommandContext context, DossierTask? scope = null)
    {
        var settings = requested.Settings;
        // A transfer that runs the receiving agency's internal procedure is held by that agency's head
        // (answerable for its allotment); a plain hand-over lands on the one-stop desk, which answers it.
        var role = settings.Procedure is null ? RoleCodes.OneStopOfficer : RoleCodes.Leader;
        var post = Resolve(state.Dossier, scope, settings.Target, role, context, out var problem)
            ?? (settings.Procedure is null ? Resolve(state.Dossier, scope, settings.Target, RoleCodes.Specialist, context, out _) : null);
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
            FirstOpenedAt = FirstOpened(state, scope, requested.ActivityId) ?? requested.RequestedAt,
            WarningAt = plan.NearDueAt,
            DueAt = plan.DueAt,
            OverdueAt = plan.OverdueAt,
            Escalations = EscalationRules.Encode(Escalation.Defaults),
            CountsTowardLimit = settings.CountsTime,
            GivenBy = giver?.UserName,
            GivenByName = giver?.FullName,
            ParentTaskId = scope?.Id,
        }, null);
    }

    /// <summary>Nơi trả kết quả: the return step of the dossier's own procedure goes to the desk the citizen chose, if it differs from the receiving one.</summary>
    private static Post? ChosenReturnDesk(Dossier dossier, HumanTaskOpened opened, DossierTask? scope, CommandContext context)
    {
        var task = opened.Settings.Task;
        if (opened.StepType != ActivityTypeNames.ReturnResult || scope is not null || task.Unit.Kind != UnitRuleKinds.Receiving
            || dossier.ReturnAgencyEId is not { } chosen || chosen == dossier.ReceivingAgencyEId
            || context.Organisation.FindAgency(chosen) is not { } desk)
            return null;
        return context.Organisation.FindPost(desk, task.Role, dossier.Field);
    }

    private static Post? Resolve(Dossier dossier, DossierTask? scope, UnitRule rule, string role, CommandContext context, out string? problem)
    {
        // Inside a receiving unit's internal procedure, "Receiving" and "Competent" mean that unit.
        var organisation = context.Organisation;
        var receiving = organisation.FindAgency(scope?.AgencyEId ?? dossier.ReceivingAgencyEId);
        var competent = organisation.FindAgency(scope?.AgencyEId ?? dossier.CompetentAgencyEId);
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

    private static DateTimeOffset? FirstOpened(DossierState state, DossierTask? scope, string activityId)
    {
        foreach (var task in state.Tasks)
        {
            if (task.ActivityId == activityId && task.ParentTaskId == scope?.Id)
                return task.FirstOpenedAt;
        }
        return null;
    }

    private static DomainError Unplaceable(string activityId, string? problem) =>
        new(DomainErrorCode.ProcedureError, $"Step '{activityId}' cannot be placed: {problem}.");
}
