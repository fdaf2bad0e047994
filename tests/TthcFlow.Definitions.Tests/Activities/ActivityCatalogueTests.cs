using System.Text.Json;
using TthcFlow.Definitions.Activities;

namespace TthcFlow.Definitions.Tests.Activities;

public sealed class ActivityCatalogueTests
{
    [Fact]
    public void The_default_catalogue_holds_the_executed_elsa_types_and_the_tthcflow_steps()
    {
        string[] expected =
        [
            "Elsa.Flowchart", "Elsa.Start", "Elsa.Finish", "Elsa.End", "Elsa.Fault", "Elsa.WriteLine", "Elsa.FlowDecision",
            "Elsa.FlowSwitch", "Elsa.FlowFork", "Elsa.FlowJoin", "Elsa.Delay", "Elsa.Timer", "Elsa.SetVariable",
            "TthcFlow.Receipt", "TthcFlow.OfficerStep", "TthcFlow.Transfer", "TthcFlow.FinancialObligation", "TthcFlow.ReturnResult",
        ];

        Assert.Equal(expected, ActivityCatalogue.Default.Descriptors.Select(d => d.Type));
        Assert.All(expected, type => Assert.Equal(type, ActivityCatalogue.Default.Find(type)!.Descriptor.Type));
        Assert.Null(ActivityCatalogue.Default.Find("Elsa.HttpEndpoint"));
    }

    [Fact]
    public void Every_descriptor_is_complete_and_consistent()
    {
        Assert.All(ActivityCatalogue.Default.Descriptors, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.DisplayName.Vi));
            Assert.False(string.IsNullOrWhiteSpace(d.DisplayName.En));
            Assert.False(string.IsNullOrWhiteSpace(d.Description.Vi));
            Assert.Equal(d.Inputs.Count, d.Inputs.Select(i => i.Name).Distinct().Count());
            Assert.All(d.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.DisplayName.Vi)));
            if (d.OutcomesInput is not null)
                Assert.NotNull(d.FindInput(d.OutcomesInput));
            Assert.False(d.IsTerminal && d.Outcomes.Count > 0);
        });
    }

    [Theory]
    [InlineData("TthcFlow.Receipt", ActivityWaits.HumanTask, "Accepted,Supplement,Refused")]
    [InlineData("TthcFlow.Transfer", ActivityWaits.ChildProcess, "Done,Returned")]
    [InlineData("TthcFlow.FinancialObligation", ActivityWaits.HumanTask, "Paid")]
    [InlineData("TthcFlow.ReturnResult", ActivityWaits.HumanTask, "Done")]
    [InlineData("Elsa.FlowDecision", ActivityWaits.None, "True,False")]
    [InlineData("Elsa.FlowJoin", ActivityWaits.Join, "Done")]
    [InlineData("Elsa.Delay", ActivityWaits.Timer, "Done")]
    [InlineData("Elsa.Timer", ActivityWaits.Timer, "Done")]
    [InlineData("Elsa.End", ActivityWaits.None, "")]
    public void Static_ports_and_waits_follow_the_contract(string type, ActivityWaits waits, string outcomes)
    {
        var descriptor = ActivityCatalogue.Default.Find(type)!.Descriptor;

        Assert.Equal(waits, descriptor.Waits);
        Assert.Equal(outcomes.Split(',', StringSplitOptions.RemoveEmptyEntries), descriptor.Outcomes);
    }

    [Fact]
    public void Descriptors_serialise_for_the_designer_with_named_editors_and_json_defaults()
    {
        var officer = ActivityCatalogue.Default.Find("TthcFlow.OfficerStep")!.Descriptor;

        var json = JsonSerializer.Serialize(officer);

        Assert.Contains("\"Editor\":\"workingDuration\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Waits\":\"HumanTask\"", json, StringComparison.Ordinal);
        Assert.Contains("\"OutcomesInput\":\"outcomes\"", json, StringComparison.Ordinal);
        var escalations = officer.FindInput("escalations")!;
        Assert.Equal(JsonValueKind.Array, escalations.Default!.Value.ValueKind);
        Assert.Equal(3, escalations.Default.Value.GetArrayLength());
        Assert.Equal(6, officer.FindInput("role")!.Options.Count);
        Assert.True(officer.FindInput("outcomes")!.Required);
    }

    [Fact]
    public void A_catalogue_can_be_extended_with_one_class()
    {
        var extended = ActivityCatalogue.Default.With(new WriteLineActivity());

        Assert.Equal(ActivityCatalogue.Default.Types.Count, extended.Types.Count);
        Assert.Throws<ArgumentException>(() => new ActivityCatalogue([new StartActivity(), new StartActivity()]));
    }
}
