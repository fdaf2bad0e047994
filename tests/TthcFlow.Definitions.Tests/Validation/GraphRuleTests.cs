using TthcFlow.Definitions.Validation;
using static TthcFlow.Definitions.Tests.Compilation.TestProcedures;

namespace TthcFlow.Definitions.Tests.Validation;

public sealed class GraphRuleTests
{
    private static ValidationReport Validate(IEnumerable<string> activities, IEnumerable<string> connections) =>
        DefinitionValidator.Validate(Read(Definition(null, activities, connections)), ValidationContext.Default);

    private static readonly string Start = Activity("start", "Elsa.Start");
    private static readonly string Write = Activity("write", "Elsa.WriteLine", """ "text": "Xin chào" """);
    private static readonly string End = Activity("end", "Elsa.End");

    [Fact]
    public void Repeated_activity_ids_are_an_error()
    {
        var report = Validate([Start, Write, Activity("write", "Elsa.End")], [Link("start", "Done", "write")]);

        var issue = Assert.Single(report.Errors);
        Assert.Equal((IssueCodes.DuplicateActivityId, "write"), (issue.Code, issue.ActivityId));
        Assert.Equal("Mã hoạt động “write” được dùng cho 2 hoạt động; mỗi hoạt động cần một mã riêng.", issue.MessageVi);
    }

    [Fact]
    public void A_connection_to_or_from_a_missing_activity_is_an_error_on_the_end_that_exists()
    {
        var report = Validate([Start, Write], [Link("start", "Done", "write"), Link("write", "Done", "ghost")]);

        var issue = Assert.Single(report.Errors);
        Assert.Equal((IssueCodes.DanglingConnection, "write", "connections"), (issue.Code, issue.ActivityId, issue.Field));
        Assert.Contains("\"ghost\"", issue.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_from_a_port_the_activity_does_not_have_is_an_error()
    {
        var decision = Activity("decide", "Elsa.FlowDecision", """ "condition": true """);
        var report = Validate([Start, decision, End], [Link("start", "Done", "decide"), Link("decide", "Maybe", "end")]);

        var issue = Assert.Single(report.Errors);
        Assert.Equal((IssueCodes.UnknownPort, "decide"), (issue.Code, issue.ActivityId));
        Assert.Equal("\"decide\" has no port \"Maybe\"; its ports: True, False.", issue.MessageEn);
    }

    [Fact]
    public void Unknown_tthcflow_types_are_errors_and_unknown_elsa_types_warnings()
    {
        var report = Validate([Start, Activity("x", "TthcFlow.Teleport"), Activity("y", "Elsa.SendEmail")],
            [Link("start", "Done", "x"), Link("x", "Done", "y")]);

        Assert.Contains(report.Errors, e => e.Code == IssueCodes.UnknownActivityType && e.ActivityId == "x");
        Assert.DoesNotContain(report.Errors, e => e.ActivityId == "y");
        Assert.Contains(report.Warnings, w => w.Code == IssueCodes.UnsupportedActivityType && w.ActivityId == "y");
    }

    [Fact]
    public void Unreachable_tthcflow_steps_are_errors_and_unreachable_elsa_activities_warnings()
    {
        var step = Step("orphan", "TthcFlow.OfficerStep", """ "role": "Leader", "allotment": 1, "outcomes": ["Done"] """);
        var report = Validate([Start, Write, Activity("lonely", "Elsa.WriteLine"), step], [Link("start", "Done", "write")]);

        Assert.Contains(report.Errors, e => e.Code == IssueCodes.UnreachableActivity && e.ActivityId == "orphan");
        Assert.Contains(report.Warnings, w => w.Code == IssueCodes.UnreachableActivity && w.ActivityId == "lonely");
    }

    [Fact]
    public void A_loop_with_no_exit_is_an_error_on_every_activity_in_it()
    {
        var a = Step("a", "TthcFlow.OfficerStep", """ "role": "Specialist", "allotment": 1, "outcomes": ["Approved", "SentBack"] """);
        var b = Step("b", "TthcFlow.OfficerStep", """ "role": "Leader", "allotment": 1, "outcomes": ["Signed"] """);
        var report = Validate([Start, a, b], [Link("start", "Done", "a"), Link("a", "Approved", "b"), Link("a", "SentBack", "b"), Link("b", "Signed", "a")]);

        Assert.Equal(["start", "a", "b"], report.Errors.Where(e => e.Code == IssueCodes.NoPathToEnd).Select(e => e.ActivityId));
        Assert.Contains("lặp mãi", report.Errors.First(e => e.Code == IssueCodes.NoPathToEnd).MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_with_an_exit_is_fine()
    {
        var decision = Activity("decide", "Elsa.FlowDecision", """ "condition": { "typeName": "Boolean", "expression": { "type": "JavaScript", "value": "done" } } """);
        var report = Validate([Start, Write, decision, End],
            [Link("start", "Done", "write"), Link("write", "Done", "decide"), Link("decide", "False", "write"), Link("decide", "True", "end")]);

        Assert.Empty(report.Issues);
    }

    [Fact]
    public void Every_activity_having_an_inbound_connection_leaves_no_start()
    {
        var report = Validate([Write, Activity("again", "Elsa.WriteLine")], [Link("write", "Done", "again"), Link("again", "Done", "write")]);

        Assert.Contains(report.Errors, e => e.Code == IssueCodes.NoStartActivity && e.ActivityId == "Flowchart1");
    }

    [Fact]
    public void Several_activities_without_inbound_connections_start_at_the_first_with_a_warning()
    {
        var report = Validate([Write, Activity("other", "Elsa.WriteLine")], []);

        Assert.True(report.IsValid);
        Assert.Equal([(IssueCodes.AmbiguousStart, "write"), (IssueCodes.UnreachableActivity, "other")],
            report.Warnings.Select(w => (w.Code, w.ActivityId!)));
    }

    [Fact]
    public void The_root_must_be_a_flowchart()
    {
        var definition = Read("""{ "definitionId": "x", "root": { "id": "Seq", "type": "Elsa.Sequence", "activities": [] } }""");

        var issue = Assert.Single(DefinitionValidator.Validate(definition, ValidationContext.Default).Issues);
        Assert.Equal((Severity.Error, IssueCodes.RootNotFlowchart), (issue.Severity, issue.Code));
    }

    [Fact]
    public void Merge_modes_and_join_modes_outside_elsa_s_are_errors()
    {
        var join = Activity("join", "Elsa.FlowJoin", """ "mode": "WaitSome", "customProperties": { "mergeMode": "Whenever" } """);
        var report = Validate([Start, join], [Link("start", "Done", "join")]);

        Assert.Equal([(IssueCodes.InvalidJoinMode, "mode"), (IssueCodes.InvalidMergeMode, "mergeMode")],
            report.Errors.Select(e => (e.Code, e.Field!)));
    }

    [Fact]
    public void A_step_with_some_outcomes_connected_warns_that_the_others_end_the_process()
    {
        var step = Step("approve", "TthcFlow.OfficerStep", """ "role": "Leader", "allotment": 1, "outcomes": ["Approved", "SentBack"] """);
        var report = Validate([Start, step, End], [Link("start", "Done", "approve"), Link("approve", "Approved", "end")]);

        var warning = Assert.Single(report.Warnings, w => w.Code == IssueCodes.UnconnectedOutcome);
        Assert.Equal("Kết quả “SentBack” của “approve” chưa nối tới bước nào: chọn kết quả này sẽ kết thúc quy trình.", warning.MessageVi);
    }
}
