using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Tests.Compilation;

/// <summary>Small procedures written as Elsa JSON, the way workflows/ holds them.</summary>
public static class TestProcedures
{
    /// <summary>
    /// Business household registration (đăng ký hộ kinh doanh), 3 working days = 24 h: receipt 4 →
    /// appraisal 12 → approval 4 (SentBack loops to appraisal) → fork: tax transfer 16 (not
    /// counted) ∥ issue 4 → join (WaitAll) → return 0 → end.
    /// </summary>
    public static string BusinessHousehold(string limit = """{ "value": 3, "unit": "WorkingDays" }""") => Definition(limit,
        [
            Activity("start", "Elsa.Start"),
            Step("receipt", "TthcFlow.Receipt", """ "allotment": 4 """),
            Step("appraise", "TthcFlow.OfficerStep", """ "role": "Specialist", "allotment": 12, "action": "Appraise", "outcomes": ["Approved"] """),
            Step("approve", "TthcFlow.OfficerStep", """ "role": "Leader", "allotment": 4, "action": "Approve", "outcomes": ["Approved", "SentBack"] """),
            Step("fork", "Elsa.FlowFork", """ "branches": ["Tax", "Result"] """),
            Step("tax", "TthcFlow.Transfer", """ "target": { "kind": "Vertical", "agencyKind": "Tax" }, "allotment": 16, "countsTowardLimit": false """),
            Step("issue", "TthcFlow.OfficerStep", """ "role": "Clerk", "allotment": 4, "action": "Issue", "outcomes": ["Issued"] """),
            Step("join", "Elsa.FlowJoin", """ "mode": "WaitAll" """),
            Step("returnResult", "TthcFlow.ReturnResult", """ "allotment": 0 """),
            Activity("end", "Elsa.End"),
            Activity("endRefused", "Elsa.End"),
        ],
        [
            Link("start", "Done", "receipt"), Link("receipt", "Accepted", "appraise"), Link("receipt", "Supplement", "endRefused"),
            Link("receipt", "Refused", "endRefused"), Link("appraise", "Approved", "approve"), Link("approve", "Approved", "fork"),
            Link("approve", "SentBack", "appraise"), Link("fork", "Tax", "tax"), Link("fork", "Result", "issue"),
            Link("tax", "Done", "join"), Link("tax", "Returned", "join"), Link("issue", "Issued", "join"),
            Link("join", "Done", "returnResult"), Link("returnResult", "Done", "end"),
        ]);

    public static WorkflowDefinition Read(string json) => ElsaJson.Read(json);

    public static string Definition(string? limit, IEnumerable<string> activities, IEnumerable<string> connections,
        string variables = """[ { "id": "v1", "name": "HasObligation", "typeName": "Boolean", "isArray": false, "value": "true" } ]""")
    {
        var procedure = limit is null ? "" : $$"""
            "procedure": { "code": "1.001612.000.00.00.H56", "name": "Đăng ký thành lập hộ kinh doanh", "legalLimit": {{limit}} }
            """;
        return $$"""
            { "definitionId": "ho-kinh-doanh", "id": "v1", "name": "Đăng ký hộ kinh doanh", "version": 2,
              "variables": {{variables}},
              "customProperties": { {{procedure}} },
              "root": { "id": "Flowchart1", "type": "Elsa.Flowchart",
                "activities": [ {{string.Join(",\n", activities)}} ],
                "connections": [ {{string.Join(",\n", connections)}} ] } }
            """;
    }

    public static string Activity(string id, string type, string extra = "") =>
        $$"""{ "id": "{{id}}", "type": "{{type}}"{{(extra.Length > 0 ? ", " + extra : "")}} }""";

    public static string Step(string id, string type, string inputs) => Activity(id, type, inputs);

    public static string Link(string from, string port, string to) =>
        $$"""{ "source": { "activity": "{{from}}", "port": "{{port}}" }, "target": { "activity": "{{to}}", "port": "In" } }""";
}
