namespace TthcFlow.Engine.Runtime;

/// <summary>
/// Where a task or a transfer lands (<c>TthcFlow.UnitRule</c>): <c>Receiving</c>, <c>Competent</c>,
/// <c>Fixed</c> (with <see cref="Agency"/>, an agency e-ID), <c>Vertical</c> (with
/// <see cref="AgencyKind"/>: Tax, Police, …) or <c>Parent</c>. Resolving it to a unit is the
/// caller's business: the runtime knows no organisation.
/// </summary>
public sealed record UnitRule(string Kind, string? Agency = null, string? AgencyKind = null)
{
    /// <summary>The dossier's competent unit, the default for officer steps.</summary>
    public static UnitRule Competent { get; } = new("Competent");

    /// <summary>The unit that received the dossier, the default for receipt and return.</summary>
    public static UnitRule Receiving { get; } = new("Receiving");
}

/// <summary>Who is notified when a task reaches <paramref name="At"/> (NearDue, Due, Overdue).</summary>
public sealed record Escalation(string At, string Notify);

/// <summary>
/// The settings of a human step (Receipt, OfficerStep, FinancialObligation, ReturnResult) carried
/// by the task it opens: what the inbox shows and what the time rules need.
/// </summary>
/// <param name="StepType">The activity type, e.g. <c>TthcFlow.OfficerStep</c>.</param>
/// <param name="Title">The step's name on the tracking sheet (phiếu kiểm soát).</param>
/// <param name="Role">The role code that acts (OneStopOfficer, Specialist, Leader, …).</param>
/// <param name="Unit">Where the task lands.</param>
/// <param name="AllotmentHours">Allotted working hours (1 working day = 8 h).</param>
/// <param name="Outcomes">The ports the officer may complete the task with.</param>
/// <param name="Escalations">Who is told when the task nears or passes its due instant.</param>
/// <param name="Action">For OfficerStep: Assign, Appraise, Check, Approve, Sign, Issue, Consult, Other.</param>
public sealed record HumanTaskSettings(
    string StepType,
    string? Title,
    string? Role,
    UnitRule Unit,
    double AllotmentHours,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<Escalation> Escalations,
    string? Action);

/// <summary>
/// The settings of a transfer (chuyển liên thông, <c>TthcFlow.Transfer</c>): the child process the
/// receiving unit runs; it answers <c>Done</c> or <c>Returned</c>.
/// </summary>
/// <param name="Title">The transfer's name on the tracking sheet.</param>
/// <param name="Target">The receiving unit.</param>
/// <param name="Procedure">The definition id the receiving unit runs; null for its default handling step.</param>
/// <param name="AllotmentHours">Working hours allotted to the receiving unit.</param>
/// <param name="CountsTowardLimit">False for time the law does not count (the tax authority's time in land procedures).</param>
public sealed record TransferSettings(string? Title, UnitRule Target, string? Procedure, double AllotmentHours, bool CountsTowardLimit);
