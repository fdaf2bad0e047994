using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Tests.Elsa;
using TthcFlow.Definitions.Validation;
using static TthcFlow.Definitions.Tests.Activities.ActivityCompilation;

namespace TthcFlow.Definitions.Tests.Activities;

public sealed class ElsaActivityTests
{
    [Theory]
    [MemberData(nameof(ElsaSamples.Names), MemberType = typeof(ElsaSamples))]
    public void Every_catalogued_activity_in_the_samples_compiles_without_issues(string sample)
    {
        var definition = ElsaJson.Read(ElsaSamples.Bytes(sample));
        var issues = new List<ValidationIssue>();

        foreach (var activity in definition.AllActivities())
        {
            if (ActivityCatalogue.Default.Find(activity.Type) is { } type)
                type.CompileSettings(activity, new SettingsContext(activity, type.Descriptor, definition, ValidationContext.Default, issues));
        }

        Assert.Empty(issues);
    }

    [Fact]
    public void Sample_inputs_compile_to_the_values_elsa_gives_them()
    {
        var join = Settings("fork-decision-join-waitall.json", "80847eb320f89c72");
        var fault = Assert.IsType<FaultSettings>(Settings("fork-decision-join-waitall.json", "cfffbc06a0b6eeb0"));
        var timer = Assert.IsType<TimerSettings>(Settings("timer-workflow.json", "89ab56281a99239"));
        var delay = Assert.IsType<TimerSettings>(Settings("flowchart-completion-3.json", "Delay1"));
        var setVariable = Assert.IsType<SetVariableSettings>(Settings("implicit-loop-legacy-3.0-format.json", "SetVariable1"));
        var decision = Assert.IsType<FlowDecisionSettings>(Settings("decision-merge-join-none.json", "a38215f28410f472"));

        Assert.Equal(new FlowJoinSettings(JoinMode.WaitAll), join);
        Assert.Equal(("110002", "failure", "that went south"), (fault.Code!.Text, fault.Category!.Text, fault.Message!.Text));
        Assert.Equal(TimeSpan.FromMinutes(1), timer.Constant);
        Assert.NotNull(delay.Constant);
        Assert.Equal(("b1198ecccf3f435abe462dc37012cda9", "Counter"), (setVariable.VariableId, setVariable.VariableName));
        Assert.Equal(ExpressionTypes.JavaScript, setVariable.Value!.Type);
        Assert.Equal(Expression.Literal(false), decision.Condition);
    }

    [Fact]
    public void A_switch_has_a_port_per_case_and_default_and_reads_elsa_cases()
    {
        var (settings, ports, issues) = Compile("""
            { "id": "S", "type": "Elsa.FlowSwitch",
              "cases": [ { "label": "Land", "condition": { "type": "JavaScript", "value": "field == 'land'" } },
                         { "label": "Other", "condition": { "type": "Literal", "value": true } } ],
              "mode": { "typeName": "SwitchMode", "expression": { "type": "Literal", "value": "MatchAny" } } }
            """);

        Assert.Empty(issues);
        var switchSettings = Assert.IsType<FlowSwitchSettings>(settings);
        Assert.Equal(SwitchMode.MatchAny, switchSettings.Mode);
        Assert.Equal(new SwitchCase("Land", Expression.JavaScript("field == 'land'")), switchSettings.Cases[0]);
        Assert.Equal(["Land", "Other", "Default"], ports);
        Assert.Equal(["Default"], Compile("""{ "id": "S", "type": "Elsa.FlowSwitch", "cases": [] }""").Ports);
    }

    [Fact]
    public void A_fork_has_a_port_per_branch_or_done()
    {
        var branches = Input("branches", "String[]", "Object", "\"[\\\"Police\\\",\\\"Tax\\\"]\"");

        Assert.Equal(["Police", "Tax"], Compile($$"""{ "id": "F", "type": "Elsa.FlowFork", {{branches}} }""").Ports);
        Assert.Equal(["Done"], Compile("""{ "id": "F", "type": "Elsa.FlowFork" }""").Ports);
    }

    [Fact]
    public void A_join_waits_for_any_by_default_and_rejects_other_modes()
    {
        Assert.Equal(new FlowJoinSettings(JoinMode.WaitAny), Compile("""{ "id": "J", "type": "Elsa.FlowJoin" }""").Settings);

        var issue = Assert.Single(Compile("""{ "id": "J", "type": "Elsa.FlowJoin", "mode": "WaitSome" }""").Issues);
        Assert.Equal((IssueCodes.InvalidJoinMode, "mode"), (issue.Code, issue.Field));
    }

    [Fact]
    public void Missing_or_unknown_inputs_of_elsa_activities_are_reported()
    {
        Assert.Equal(IssueCodes.RequiredInput, Assert.Single(Compile("""{ "id": "D", "type": "Elsa.FlowDecision" }""").Issues).Code);
        Assert.Equal(IssueCodes.RequiredInput, Assert.Single(Compile("""{ "id": "D", "type": "Elsa.Delay" }""").Issues).Code);
        Assert.Equal(IssueCodes.InvalidInput, Assert.Single(Compile("""{ "id": "D", "type": "Elsa.Delay", "timeSpan": "soon" }""").Issues).Code);
        Assert.Equal(IssueCodes.UnknownVariable,
            Assert.Single(Compile("""{ "id": "V", "type": "Elsa.SetVariable", "variable": { "id": "nope", "name": "Nope" } }""").Issues).Code);
        var variables = """[ { "id": "v1", "name": "Count", "typeName": "Int32", "value": "0" } ]""";
        Assert.Empty(Compile("""{ "id": "V", "type": "Elsa.SetVariable", "variable": "Count", "value": 1 }""", variablesJson: variables).Issues);
    }

    private static ActivitySettings Settings(string sample, string activityId)
    {
        var definition = ElsaJson.Read(ElsaSamples.Bytes(sample));
        var activity = definition.FindActivity(activityId)!;
        var type = ActivityCatalogue.Default.Find(activity.Type)!;
        var issues = new List<ValidationIssue>();
        var settings = type.CompileSettings(activity, new SettingsContext(activity, type.Descriptor, definition, ValidationContext.Default, issues));
        Assert.Empty(issues);
        return settings;
    }
}
