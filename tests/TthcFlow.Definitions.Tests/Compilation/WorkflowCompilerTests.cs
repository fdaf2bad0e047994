using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Compilation;
using TthcFlow.Definitions.Validation;
using static TthcFlow.Definitions.Tests.Compilation.TestProcedures;

namespace TthcFlow.Definitions.Tests.Compilation;

public sealed class WorkflowCompilerTests
{
    private readonly CompiledWorkflow _workflow = WorkflowCompiler.Compile(Read(BusinessHousehold()), ActivityCatalogue.Default);

    [Fact]
    public void Nodes_are_indexed_in_document_order_with_their_typed_settings()
    {
        Assert.Equal(11, _workflow.Nodes.Length);
        Assert.All(_workflow.Nodes, n => Assert.Equal(n, _workflow.Nodes[n.Index]));
        Assert.Equal(["start", "receipt", "appraise"], _workflow.Nodes.Take(3).Select(n => n.Id));
        Assert.Equal(_workflow.IndexOf("start"), _workflow.StartNode);
        Assert.Equal(Enumerable.Range(0, 11), _workflow.RootNodes);
        Assert.IsType<ReceiptSettings>(_workflow.Find("receipt")!.Settings);
        Assert.Equal(OfficerAction.Approve, Assert.IsType<OfficerStepSettings>(_workflow.Find("approve")!.Settings).Action);
        Assert.Equal(new FlowJoinSettings(JoinMode.WaitAll), _workflow.Find("join")!.Settings);
        Assert.Equal((ActivityWaits.HumanTask, ActivityWaits.ChildProcess, ActivityWaits.Join, ActivityWaits.None),
            (_workflow.Find("receipt")!.Waits, _workflow.Find("tax")!.Waits, _workflow.Find("join")!.Waits, _workflow.Find("fork")!.Waits));
        Assert.True(_workflow.Find("end")!.IsTerminal);
        Assert.All(_workflow.Nodes, n => Assert.True(n.IsExecutable));
    }

    [Fact]
    public void Edges_are_reachable_by_port_and_loop_backs_are_marked()
    {
        var approve = _workflow.Find("approve")!;
        var appraise = _workflow.Find("appraise")!;

        Assert.Equal(["Approved", "SentBack"], approve.Ports.ToArray());
        var sentBack = _workflow.Edges[Assert.Single(approve.OutgoingOn("SentBack"))];
        Assert.Equal((approve.Index, appraise.Index, true), (sentBack.Source, sentBack.Target, sentBack.IsBackward));
        Assert.Equal(_workflow.IndexOf("fork"), _workflow.Edges[Assert.Single(approve.OutgoingOn("Approved"))].Target);
        Assert.Empty(approve.OutgoingOn("NoSuchPort"));
        Assert.Equal((2, 1), (appraise.Incoming.Length, appraise.ForwardIncomingCount));
        var join = _workflow.Find("join")!;
        Assert.Equal((3, 3), (join.Incoming.Length, join.ForwardIncomingCount));
        Assert.All(join.Incoming, e => Assert.Equal(join.Index, _workflow.Edges[e].Target));
        Assert.Equal(_workflow.Edges.Length, _workflow.Nodes.Sum(n => n.Outgoing.Length));
    }

    [Fact]
    public void The_critical_path_counts_working_hours_toward_the_limit_and_takes_the_longest_branch()
    {
        var plan = _workflow.Allotments;

        Assert.Equal(24m, plan.CriticalPathHours);
        Assert.Equal(["start", "receipt", "appraise", "approve", "fork", "issue", "join", "returnResult", "end"],
            plan.CriticalPath.Select(i => _workflow.Nodes[i].Id));
        Assert.Equal(16m, plan.EarliestStartHours[_workflow.IndexOf("approve")]);
        Assert.Equal(20m, plan.EarliestStartHours[_workflow.IndexOf("tax")]);
        Assert.Equal(24m, plan.EarliestStartHours[_workflow.IndexOf("join")]);
    }

    [Fact]
    public void Variables_procedure_and_warnings_are_carried()
    {
        var variable = Assert.Single(_workflow.Variables);
        Assert.Equal(("HasObligation", "Boolean", "true"), (variable.Name, variable.TypeName, variable.DefaultValue!.Value.GetString()));
        Assert.Equal(TimeLimit.WorkingDays(3), _workflow.Procedure!.LegalLimit);
        Assert.Equal(("ho-kinh-doanh", "v1", 2), (_workflow.DefinitionId, _workflow.VersionId, _workflow.Version));
        Assert.Empty(_workflow.Warnings);
    }

    [Fact]
    public void An_invalid_definition_throws_with_its_validation_issues()
    {
        var tooLong = Read(BusinessHousehold("""{ "value": 2, "unit": "WorkingDays" }"""));

        var error = Assert.Throws<InvalidDefinitionException>(() => WorkflowCompiler.Compile(tooLong, ActivityCatalogue.Default));

        var issue = Assert.Single(error.Report.Errors);
        Assert.Equal(IssueCodes.ExceedsLegalLimit, issue.Code);
        Assert.Contains("24", issue.MessageEn, StringComparison.Ordinal);
        Assert.Contains(IssueCodes.ExceedsLegalLimit, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_flowchart_compiles_to_a_node_with_children_and_its_own_start()
    {
        var nested = $$"""
            { "id": "sub", "type": "Elsa.Flowchart",
              "activities": [ {{Activity("subStart", "Elsa.Start")}}, {{Step("sign", "TthcFlow.OfficerStep", """ "role": "Leader", "allotment": 6, "outcomes": ["Signed"] """)}} ],
              "connections": [ {{Link("subStart", "Done", "sign")}} ] }
            """;
        var definition = Read(Definition("""{ "value": 1, "unit": "WorkingDays" }""",
            [Activity("start", "Elsa.Start"), Step("receipt", "TthcFlow.Receipt", """ "allotment": 1 """), nested,
             Step("returnResult", "TthcFlow.ReturnResult", """ "allotment": 1 """)],
            [Link("start", "Done", "receipt"), Link("receipt", "Accepted", "sub"), Link("sub", "Done", "returnResult")]));

        var workflow = WorkflowCompiler.Compile(definition);

        var sub = workflow.Find("sub")!;
        Assert.Equal(["subStart", "sign"], sub.Children.Select(i => workflow.Nodes[i].Id));
        Assert.Equal(workflow.IndexOf("subStart"), sub.StartNode);
        Assert.Equal(sub.Index, workflow.Find("sign")!.Container);
        Assert.Equal(-1, workflow.Find("receipt")!.Container);
        Assert.DoesNotContain(workflow.IndexOf("sign"), workflow.RootNodes);
        Assert.Equal(8m, workflow.Allotments.CriticalPathHours);
        Assert.Equal(1m, workflow.Allotments.EarliestStartHours[workflow.IndexOf("sign")]);
    }

    [Theory]
    [InlineData("""{ "value": 3, "unit": "CalendarDays" }""", true)]
    [InlineData("""{ "value": 24, "unit": "WorkingHours" }""", false)]
    [InlineData("""{ "value": 4, "unit": "CalendarDays" }""", true)]
    [InlineData("""{ "value": 5, "unit": "CalendarDays" }""", false)]
    public void A_calendar_day_limit_is_checked_as_an_upper_bound_and_warned_about_when_tight(string limit, bool warned)
    {
        var workflow = WorkflowCompiler.Compile(Read(BusinessHousehold(limit)));

        Assert.Equal(warned, workflow.Warnings.Any(w => w.Code == IssueCodes.CalendarDaysLimitApproximated));
    }

    [Fact]
    public void Working_hours_of_each_limit_unit()
    {
        Assert.Equal(24m, AllotmentPlan.WorkingHoursOf(TimeLimit.WorkingDays(3)));
        Assert.Equal(4m, AllotmentPlan.WorkingHoursOf(TimeLimit.WorkingDays(0.5m)));
        Assert.Equal(2m, AllotmentPlan.WorkingHoursOf(TimeLimit.WorkingHours(2)));
        Assert.Equal(8m, AllotmentPlan.WorkingHoursOf(TimeLimit.SameDay));
        Assert.Equal(120m, AllotmentPlan.WorkingHoursOf(TimeLimit.CalendarDays(15)));
    }
}
