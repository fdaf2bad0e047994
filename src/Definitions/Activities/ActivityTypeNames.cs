namespace TthcFlow.Definitions.Activities;

/// <summary>The type names of the activities TthcFlow executes.</summary>
public static class ActivityTypeNames
{
    public const string TthcFlowPrefix = "TthcFlow.";

    public const string Flowchart = "Elsa.Flowchart";
    public const string Start = "Elsa.Start";
    public const string Finish = "Elsa.Finish";
    public const string End = "Elsa.End";
    public const string Fault = "Elsa.Fault";
    public const string WriteLine = "Elsa.WriteLine";
    public const string FlowDecision = "Elsa.FlowDecision";
    public const string FlowSwitch = "Elsa.FlowSwitch";
    public const string FlowFork = "Elsa.FlowFork";
    public const string FlowJoin = "Elsa.FlowJoin";
    public const string Delay = "Elsa.Delay";
    public const string Timer = "Elsa.Timer";
    public const string SetVariable = "Elsa.SetVariable";

    /// <summary>Tiếp nhận hồ sơ.</summary>
    public const string Receipt = "TthcFlow.Receipt";

    /// <summary>Bước xử lý của cán bộ.</summary>
    public const string OfficerStep = "TthcFlow.OfficerStep";

    /// <summary>Chuyển liên thông.</summary>
    public const string Transfer = "TthcFlow.Transfer";

    /// <summary>Chờ thực hiện nghĩa vụ tài chính.</summary>
    public const string FinancialObligation = "TthcFlow.FinancialObligation";

    /// <summary>Trả kết quả.</summary>
    public const string ReturnResult = "TthcFlow.ReturnResult";
}
