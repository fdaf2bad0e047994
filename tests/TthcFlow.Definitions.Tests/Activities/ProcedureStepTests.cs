using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Validation;
using static TthcFlow.Definitions.Tests.Activities.ActivityCompilation;

namespace TthcFlow.Definitions.Tests.Activities;

public sealed class ProcedureStepTests
{
    private static readonly string Appraise = $$"""
        "id": "Appraise", "type": "TthcFlow.OfficerStep",
        {{Input("title", "String", "Literal", "\"Thẩm định hồ sơ\"")}},
        {{Input("role", "String", "Literal", "\"Specialist\"")}},
        {{Input("unit", "TthcFlow.UnitRule", "Object", "\"{\\\"kind\\\":\\\"Fixed\\\",\\\"agency\\\":\\\"000.00.12.H56\\\"}\"")}},
        {{Input("allotment", "Double", "Literal", "12")}},
        {{Input("action", "String", "Literal", "\"Appraise\"")}},
        {{Input("outcomes", "String[]", "Object", "\"[\\\"Approved\\\",\\\"SentBack\\\"]\"")}},
        {{Input("escalations", "TthcFlow.Escalations", "Object", "[{\"at\":\"Overdue\",\"notify\":\"DivisionHead\"}]")}}
        """;

    [Fact]
    public void An_officer_step_compiles_its_inputs_and_its_outcomes_become_ports()
    {
        var (settings, ports, issues) = Compile("{" + Appraise + "}");

        Assert.Empty(issues);
        var step = Assert.IsType<OfficerStepSettings>(settings);
        Assert.Equal(new HumanTask("Thẩm định hồ sơ", "Specialist", UnitRule.Fixed("000.00.12.H56"), 12m,
            [new Escalation(EscalationPoint.Overdue, "DivisionHead")]), step.Task);
        Assert.Equal(OfficerAction.Appraise, step.Action);
        Assert.Equal(["Approved", "SentBack"], ports);
        Assert.Equal(12m, step.AllottedHours);
        Assert.True(step.CountsTowardLimit);
    }

    [Fact]
    public void Bare_inline_values_read_like_wrapped_ones()
    {
        var (settings, ports, issues) = Compile("""
            { "id": "Sign", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": 2,
              "unit": { "kind": "Vertical", "agencyKind": "Tax" }, "outcomes": ["Signed"] }
            """);

        Assert.Empty(issues);
        var step = Assert.IsType<OfficerStepSettings>(settings);
        Assert.Equal(UnitRule.Vertical(TthcFlow.Definitions.Organisation.VerticalNetwork.Tax), step.Task.Unit);
        Assert.Equal("Bước xử lý", step.Task.Title);
        Assert.Equal(Escalation.Defaults, step.Task.Escalations);
        Assert.Equal(["Signed"], ports);
    }

    [Theory]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "allotment": 1, "outcomes": ["Done"] }""", IssueCodes.RequiredInput, "role")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "outcomes": ["Done"] }""", IssueCodes.RequiredInput, "allotment")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": 1 }""", IssueCodes.RequiredInput, "outcomes")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": 1, "outcomes": [] }""", IssueCodes.MissingOutcomes, "outcomes")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": -4, "outcomes": ["Done"] }""", IssueCodes.NegativeAllotment, "allotment")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": 1, "outcomes": ["A", "A"] }""", IssueCodes.InvalidInput, "outcomes")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": 1, "outcomes": ["A"], "action": "Dance" }""", IssueCodes.InvalidInput, "action")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": 1, "outcomes": ["A"], "unit": { "kind": "Somewhere" } }""", IssueCodes.InvalidUnitRule, "unit")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": 1, "outcomes": ["A"], "unit": { "kind": "Fixed" } }""", IssueCodes.InvalidUnitRule, "unit")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": 1, "outcomes": ["A"], "unit": { "kind": "Vertical", "agencyKind": "Army" } }""", IssueCodes.InvalidUnitRule, "unit")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": 1, "outcomes": ["A"], "escalations": [{ "at": "Later", "notify": "Leader" }] }""", IssueCodes.InvalidInput, "escalations")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Leader", "allotment": { "typeName": "Double", "expression": { "type": "JavaScript", "value": "4" } }, "outcomes": ["A"] }""", IssueCodes.InvalidInput, "allotment")]
    [InlineData("""{ "id": "S", "type": "TthcFlow.Transfer", "allotment": 8 }""", IssueCodes.RequiredInput, "target")]
    public void Bad_step_inputs_are_reported_on_the_activity_and_input(string activity, string code, string field)
    {
        var (_, _, issues) = Compile(activity);

        var issue = Assert.Single(issues);
        Assert.Equal((Severity.Error, code, "S", field), (issue.Severity, issue.Code, issue.ActivityId, issue.Field));
        Assert.NotEmpty(issue.MessageVi);
        Assert.NotEmpty(issue.MessageEn);
    }

    [Fact]
    public void Roles_and_agencies_are_checked_only_against_a_given_organisation()
    {
        const string step = """{ "id": "S", "type": "TthcFlow.OfficerStep", "role": "Chairman", "allotment": 1, "outcomes": ["A"], "unit": { "kind": "Fixed", "agency": "000.00.99.H56" } }""";
        var organisation = new ValidationContext
        {
            RoleCodes = new HashSet<string> { "Leader", "Specialist" },
            AgencyIds = new HashSet<string> { "000.00.12.H56" },
        };

        Assert.Empty(Compile(step).Issues);
        var issues = Compile(step, organisation).Issues;

        Assert.Equal([IssueCodes.UnknownRole, IssueCodes.UnknownAgency], issues.Select(i => i.Code));
        Assert.Equal("Vai trò “Chairman” không có trong cơ cấu tổ chức.", issues[0].MessageVi);
    }

    [Fact]
    public void Receipt_and_return_default_to_the_one_stop_desk_where_the_dossier_was_received()
    {
        var (receipt, receiptPorts, receiptIssues) = Compile("""{ "id": "R", "type": "TthcFlow.Receipt" }""");
        var (returned, _, returnIssues) = Compile("""{ "id": "T", "type": "TthcFlow.ReturnResult", "name": "Trả kết quả tại xã" }""");

        Assert.Empty(receiptIssues.Concat(returnIssues));
        var task = Assert.IsType<ReceiptSettings>(receipt).Task;
        Assert.Equal(("Tiếp nhận hồ sơ", "OneStopOfficer", UnitRule.Receiving, 0m), (task.Title, task.Role, task.Unit, task.AllotmentHours));
        Assert.Equal(["Accepted", "Supplement", "Refused"], receiptPorts);
        Assert.Equal("Trả kết quả tại xã", Assert.IsType<ReturnResultSettings>(returned).Task.Title);
    }

    [Fact]
    public void Paused_and_excluded_time_does_not_count_toward_the_limit()
    {
        var (tax, taxPorts, taxIssues) = Compile("""
            { "id": "Tax", "type": "TthcFlow.Transfer", "title": "Chuyển Chi cục Thuế", "allotment": 40,
              "target": { "kind": "Vertical", "agencyKind": "Tax" }, "countsTowardLimit": false, "procedure": "xac-dinh-nghia-vu-tai-chinh" }
            """);
        var (payment, paymentPorts, _) = Compile("""{ "id": "Pay", "type": "TthcFlow.FinancialObligation", "allotment": 24 }""");

        Assert.Empty(taxIssues);
        var transfer = Assert.IsType<TransferSettings>(tax);
        Assert.Equal(("xac-dinh-nghia-vu-tai-chinh", 40m, false), (transfer.Procedure, transfer.AllottedHours, transfer.CountsTowardLimit));
        Assert.Equal(["Done", "Returned"], taxPorts);
        Assert.False(Assert.IsType<FinancialObligationSettings>(payment).CountsTowardLimit);
        Assert.Equal(["Paid"], paymentPorts);
    }
}
