using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;

namespace TthcFlow.Definitions.Tests.Organisation;

/// <summary>Checks the sample procedures in workflows/procedures against the format contract and the demo province.</summary>
public sealed class ProcedureSampleTests
{
    private static readonly string[] HumanSteps =
        ["TthcFlow.Receipt", "TthcFlow.OfficerStep", "TthcFlow.FinancialObligation", "TthcFlow.ReturnResult"];

    public static TheoryData<string> Files => ProcedureSample.FileNames();

    [Fact]
    public void The_eight_procedures_of_the_domain_brief_and_petition_handling_are_present()
    {
        Assert.Equal(
            ["birth-registration", "birth-residence-health-insurance", "building-permit-house", "business-household-registration", "certified-copy",
             "judicial-record-certificate", "land-first-registration", "land-transfer-interconnected", "land-transfer-registration",
             "marriage-registration", "petition-handling"],
            ProcedureSample.All.Select(s => s.Definition.DefinitionId));
        Assert.All(ProcedureSample.All, s => Assert.Equal(s.Definition.DefinitionId + ".json", s.FileName));
        Assert.All(ProcedureSample.All, s => Assert.Matches("^[a-z]+(-[a-z]+)*$", s.Definition.DefinitionId));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_is_canonical_elsa_3_6_json(string file)
    {
        ProcedureSample sample = ProcedureSample.Get(file);
        Assert.Equal(sample.Text.TrimEnd('\n'), ElsaJson.Write(sample.Definition));
        Assert.Contains("\"toolVersion\": \"3.6.0.0\"", sample.Text, StringComparison.Ordinal);
        Assert.Equal("Elsa.Flowchart", sample.Definition.Root.Type);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Procedure_metadata_is_complete(string file)
    {
        ProcedureInfo p = ProcedureSample.Get(file).Definition.Procedure!;
        Assert.Matches(@"^(\d\.\d{6}\.000\.00\.00\.H15|DLK-[A-Z]+-\d{2})$", p.Code);
        Assert.False(string.IsNullOrWhiteSpace(p.Name));
        Assert.False(string.IsNullOrWhiteSpace(p.NameEn));
        Assert.False(string.IsNullOrWhiteSpace(p.Field));
        Assert.NotNull(p.CompetentLevel);
        Assert.True(Enum.TryParse<AgencyKind>(p.CompetentAgencyKind, out _), p.CompetentAgencyKind);
        Assert.NotNull(p.LegalLimit);
        Assert.NotEmpty(p.Channels);
        Assert.NotEmpty(p.Fees);
        Assert.All(p.Fees, f => Assert.Equal("VND", f.Currency));
        Assert.NotEmpty(p.RequiredDocuments);
        Assert.NotEmpty(p.LegalBasis);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Ids_are_unique_and_every_connection_joins_a_declared_port_to_an_activity(string file)
    {
        ProcedureSample sample = ProcedureSample.Get(file);
        Assert.Equal(sample.Activities.Count, sample.Activities.Select(a => a.Id).Distinct().Count());
        foreach (Connection c in sample.Connections)
        {
            Activity source = sample.Activity(c.Source.ActivityId);
            Assert.Contains(c.Source.Port, sample.Ports(source));
            Assert.Single(sample.Activities, a => a.Id == c.Target.ActivityId);
            Assert.Equal("In", c.Target.Port);
        }
        foreach (Activity activity in sample.Activities)
        {
            foreach (string port in sample.Ports(activity))
                Assert.True(sample.Connections.Any(c => c.Source.ActivityId == activity.Id && c.Source.Port == port), $"{activity.Id}.{port} is not connected");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_activity_is_reachable_from_the_start_and_can_reach_an_end(string file)
    {
        ProcedureSample sample = ProcedureSample.Get(file);
        Activity start = Assert.Single(sample.Activities, a => a.Type == "Elsa.Start");
        HashSet<string> reached = Closure(start.Id, sample.Successors);
        Assert.Equal(sample.Activities.Select(a => a.Id).Order(), reached.Order());
        var ends = sample.Activities.Where(a => a.Type == "Elsa.End").Select(a => a.Id).ToHashSet();
        Assert.NotEmpty(ends);
        Assert.All(sample.Activities, a => Assert.True(Closure(a.Id, sample.Successors).Overlaps(ends), $"{a.Id} cannot reach an end"));
        Assert.Contains(sample.Activities, a => a.Type == "TthcFlow.Receipt");
        Assert.Contains(sample.Activities, a => a.Type == "TthcFlow.ReturnResult");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Allotments_along_the_longest_path_fit_the_legal_limit(string file)
    {
        ProcedureSample sample = ProcedureSample.Get(file);
        decimal longest = sample.LongestPathHours();
        Assert.True(longest <= sample.LegalLimitHours(), $"{longest} h > {sample.LegalLimitHours()} h");
        Assert.True(longest > 0);
        Assert.All(sample.Activities.Where(a => a.Type == "TthcFlow.OfficerStep"), a => Assert.NotEmpty(sample.Labels(a, "outcomes")));
        Assert.All(sample.Activities.Where(a => a.Type is "TthcFlow.OfficerStep" or "TthcFlow.Transfer"),
            a => Assert.True(decimal.Parse(sample.Input(a, "allotment")!, System.Globalization.CultureInfo.InvariantCulture) > 0, a.Id));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_step_lands_on_a_staffed_post_for_a_dossier_filed_in_another_commune(string file)
    {
        ProcedureSample sample = ProcedureSample.Get(file);
        OrganisationModel org = DemoProvince.Organisation;
        ProcedureInfo p = sample.Definition.Procedure!;
        Agency competent = Assert.IsType<Agency>(org.FindServing(Enum.Parse<AgencyKind>(p.CompetentAgencyKind!), DemoProvince.TuyHoa, p.CompetentLevel));
        var dossier = new DossierAgencies(org.GetAgency(DemoProvince.HoaPhuCentre), competent, DemoProvince.TuyHoa);
        foreach (Activity step in sample.Activities.Where(a => HumanSteps.Contains(a.Type) || a.Type == "TthcFlow.Transfer"))
        {
            string ruleInput = step.Type == "TthcFlow.Transfer" ? "target" : "unit";
            Assert.True(step.GetInput(ruleInput)!.Expression.TryGetJson(out var rule), step.Id);
            UnitRuleResolution resolved = org.ResolveUnitRule(
                (string)rule!["kind"]!, (string?)rule["agency"], (string?)rule["agencyKind"], dossier);
            Assert.True(resolved.IsResolved, $"{step.Id}: {resolved.Problem}");
            if (step.Type == "TthcFlow.Transfer")
            {
                Assert.NotNull(org.HeadOfAgency(resolved.Agency!));
                continue;
            }
            string role = sample.Input(step, "role")!;
            Assert.True(org.HasRole(role), role);
            Assert.True(org.FindPost(resolved.Agency!, role, p.Field) is not null, $"{step.Id}: no {role} at {resolved.Agency}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Designer_layout_runs_left_to_right_without_overlaps(string file)
    {
        ProcedureSample sample = ProcedureSample.Get(file);
        Assert.All(sample.Activities, a => Assert.NotNull(a.Position));
        Assert.Equal(sample.Activities.Count, sample.Activities.Select(a => a.Position).Distinct().Count());
        double startX = sample.Activities.Single(a => a.Type == "Elsa.Start").Position!.Value.X;
        Assert.All(sample.Activities, a => Assert.True(a.Position!.Value.X >= startX));
        int forward = sample.Connections.Count(c => sample.Activity(c.Target.ActivityId).Position!.Value.X >= sample.Activity(c.Source.ActivityId).Position!.Value.X);
        Assert.True(forward * 4 >= sample.Connections.Count * 3, "most connections should run left to right");
    }

    [Fact]
    public void Control_flow_and_send_back_paths_appear_where_the_brief_asks()
    {
        Assert.Contains(ProcedureSample.Get("building-permit-house.json").Activities, a => a.Type == "Elsa.FlowFork");
        Activity join = Assert.Single(ProcedureSample.Get("building-permit-house.json").Activities, a => a.Type == "Elsa.FlowJoin");
        Assert.Equal("WaitAll", join.GetInput("mode")!.Expression.Text);
        Assert.Contains(ProcedureSample.Get("land-first-registration.json").Activities, a => a.Type == "Elsa.FlowDecision");
        Activity tax = ProcedureSample.Get("land-transfer-registration.json").Activity("tax");
        Assert.Equal("false", ProcedureSample.Get("land-transfer-registration.json").Input(tax, "countsTowardLimit"));
        Assert.All(ProcedureSample.All, s => Assert.Contains(s.Activities, a => s.Ports(a).Contains("SentBack")));
        // A certified copy is checked against the original at the counter: incompleteness is a receipt outcome.
        Assert.All(ProcedureSample.All.Where(s => s.FileName != "certified-copy.json"),
            s => Assert.Contains(s.Activities, a => s.Ports(a).Contains("Incomplete")));
    }

    private static HashSet<string> Closure(string from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string> { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out string? id))
        {
            foreach (string n in next(id))
            {
                if (seen.Add(n))
                    queue.Enqueue(n);
            }
        }
        return seen;
    }
}
