using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;

namespace TthcFlow.LoadTest;

/// <summary>One procedure of the province's catalogue (thủ tục hành chính) with its share of the filings.</summary>
public sealed record MixedProcedure(string DefinitionId, string Name, double Weight, AdministrativeLevel? Level, string? CompetentKind, bool LocationIndependent, IReadOnlyList<SubmissionChannel> Channels);

/// <summary>
/// Cơ cấu hồ sơ — which procedures citizens file and how often: certification and civil status
/// dominate commune desks, land registration the province's branches (DOMAIN.md volumes). The
/// weights are relative; a procedure in the workflows folder not listed here gets weight 1.
/// </summary>
public sealed class ProcedureMix
{
    private static readonly Dictionary<string, double> Weights = new(StringComparer.Ordinal)
    {
        ["certified-copy"] = 34,
        ["birth-registration"] = 12,
        ["land-transfer-registration"] = 14,
        ["judicial-record-certificate"] = 10,
        ["business-household-registration"] = 7,
        ["marriage-registration"] = 6,
        ["land-first-registration"] = 5,
        ["building-permit-house"] = 4,
        ["petition-handling"] = 2,
    };

    private readonly double[] _cumulative;

    public ProcedureMix(IReadOnlyList<MixedProcedure> procedures)
    {
        if (procedures.Count == 0)
            throw new InvalidDataException("No procedures to file: the workflows folder has none.");
        Procedures = procedures;
        _cumulative = new double[procedures.Count];
        double sum = 0;
        for (int i = 0; i < procedures.Count; i++)
            _cumulative[i] = sum += procedures[i].Weight;
    }

    public IReadOnlyList<MixedProcedure> Procedures { get; }

    /// <summary>Reads every procedure in <c>procedures/*.json</c> of the workflows folder.</summary>
    public static ProcedureMix Load(string workflowsFolder) => new([.. Directory.GetFiles(Path.Combine(workflowsFolder, "procedures"), "*.json").Order()
        .Select(f => ElsaJson.Read(File.ReadAllText(f)))
        .Select(d => new MixedProcedure(d.DefinitionId, d.Procedure?.Name ?? d.DefinitionId, Weights.GetValueOrDefault(d.DefinitionId, 1),
            d.Procedure?.CompetentLevel, d.Procedure?.CompetentAgencyKind, d.Procedure?.LocationIndependent ?? false, d.Procedure?.Channels ?? []))]);

    public MixedProcedure Pick(Random random)
    {
        double x = random.NextDouble() * _cumulative[^1];
        int i = Array.BinarySearch(_cumulative, x);
        return Procedures[i < 0 ? ~i : i];
    }
}
