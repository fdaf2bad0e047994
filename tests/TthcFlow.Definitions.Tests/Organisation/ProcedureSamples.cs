using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Tests.Organisation;

/// <summary>One sample procedure file of workflows/procedures, read, with graph helpers.</summary>
internal sealed record ProcedureSample(string FileName, string Text, WorkflowDefinition Definition)
{
    public static IReadOnlyList<ProcedureSample> All { get; } = Load();

    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        foreach (ProcedureSample sample in All)
            data.Add(sample.FileName);
        return data;
    }

    public static ProcedureSample Get(string fileName) => All.Single(s => s.FileName == fileName);

    public IReadOnlyList<Activity> Activities => Definition.Root.Activities ?? [];

    public IReadOnlyList<Connection> Connections => Definition.Root.Connections ?? [];

    public Activity Activity(string id) => Activities.Single(a => a.Id == id);

    public string? Input(Activity activity, string input) => activity.GetInput(input)?.Expression.Text;

    public IReadOnlyList<string> Labels(Activity activity, string input) =>
        activity.GetInput(input)?.Expression.TryGetJson(out var json) == true && json is System.Text.Json.Nodes.JsonArray array
            ? array.Select(n => n!.GetValue<string>()).ToList()
            : [];

    /// <summary>The outcome ports an activity declares, per docs/definition-format.md.</summary>
    public IReadOnlyList<string> Ports(Activity activity) => activity.Type switch
    {
        "Elsa.Start" or "Elsa.FlowJoin" => ["Done"],
        "Elsa.End" => [],
        "Elsa.FlowDecision" => ["True", "False"],
        "Elsa.FlowFork" => Labels(activity, "branches"),
        "TthcFlow.Receipt" => ["Accepted", "Supplement", "Refused"],
        "TthcFlow.OfficerStep" => Labels(activity, "outcomes"),
        "TthcFlow.Transfer" => ["Done", "Returned"],
        "TthcFlow.FinancialObligation" => ["Paid"],
        "TthcFlow.ReturnResult" => ["Done"],
        _ => throw new InvalidOperationException($"{FileName}: unexpected activity type {activity.Type}"),
    };

    /// <summary>Working hours the activity spends against the legal limit.</summary>
    public decimal CountedHours(Activity activity) => activity.Type switch
    {
        "TthcFlow.Receipt" or "TthcFlow.OfficerStep" or "TthcFlow.ReturnResult" => Hours(activity),
        "TthcFlow.Transfer" when Input(activity, "countsTowardLimit") != "false" => Hours(activity),
        _ => 0,
    };

    /// <summary>The most working hours along any path from the start that visits no activity twice.</summary>
    public decimal LongestPathHours()
    {
        string start = Activities.Single(a => a.Type == "Elsa.Start").Id;
        return Longest(start, [start]);
    }

    /// <summary>The legal limit in working hours; calendar days count as their whole weeks' working days.</summary>
    public decimal LegalLimitHours()
    {
        TimeLimit limit = Definition.Procedure!.LegalLimit!.Value;
        return limit.Unit switch
        {
            TimeLimitUnit.WorkingDays => limit.Value * 8,
            TimeLimitUnit.WorkingHours => limit.Value,
            TimeLimitUnit.SameDay => 8,
            _ => Math.Floor(limit.Value * 5 / 7) * 8,
        };
    }

    public IEnumerable<string> Successors(string id) =>
        Connections.Where(c => c.Source.ActivityId == id).Select(c => c.Target.ActivityId);

    private decimal Longest(string id, HashSet<string> visited)
    {
        decimal best = 0;
        foreach (string next in Successors(id).Distinct())
        {
            if (!visited.Add(next))
                continue;
            best = Math.Max(best, Longest(next, visited));
            visited.Remove(next);
        }
        return CountedHours(Activity(id)) + best;
    }

    private decimal Hours(Activity activity) =>
        decimal.Parse(Input(activity, "allotment") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    private static List<ProcedureSample> Load() =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("workflows", "procedures"), "*.json")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new ProcedureSample(Path.GetFileName(f), File.ReadAllText(f), ElsaJson.Read(File.ReadAllText(f))))
            .ToList();
}
