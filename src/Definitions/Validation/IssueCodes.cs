namespace TthcFlow.Definitions.Validation;

/// <summary>The stable codes of <see cref="ValidationIssue"/>s.</summary>
public static class IssueCodes
{
    public const string DuplicateActivityId = "DuplicateActivityId";
    public const string RootNotFlowchart = "RootNotFlowchart";
    public const string DanglingConnection = "DanglingConnection";
    public const string UnknownPort = "UnknownPort";
    public const string UnknownTargetPort = "UnknownTargetPort";
    public const string UnconnectedOutcome = "UnconnectedOutcome";
    public const string UnsupportedActivityType = "UnsupportedActivityType";
    public const string UnknownActivityType = "UnknownActivityType";
    public const string NoStartActivity = "NoStartActivity";
    public const string AmbiguousStart = "AmbiguousStart";
    public const string UnreachableActivity = "UnreachableActivity";
    public const string NoPathToEnd = "NoPathToEnd";
    public const string RequiredInput = "RequiredInput";
    public const string InvalidInput = "InvalidInput";
    public const string NegativeAllotment = "NegativeAllotment";
    public const string MissingOutcomes = "MissingOutcomes";
    public const string InvalidUnitRule = "InvalidUnitRule";
    public const string InvalidJoinMode = "InvalidJoinMode";
    public const string InvalidMergeMode = "InvalidMergeMode";
    public const string UnknownRole = "UnknownRole";
    public const string UnknownAgency = "UnknownAgency";
    public const string UnknownVariable = "UnknownVariable";
    public const string MissingProcedure = "MissingProcedure";
    public const string MissingProcedureCode = "MissingProcedureCode";
    public const string MissingLegalLimit = "MissingLegalLimit";
    public const string MissingReceipt = "MissingReceipt";
    public const string MissingReturnResult = "MissingReturnResult";
    public const string ExceedsLegalLimit = "ExceedsLegalLimit";
    public const string CalendarDaysLimitApproximated = "CalendarDaysLimitApproximated";
}
