using BenchmarkDotNet.Attributes;
using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Compilation;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Benchmarks.Definitions;

/// <summary>
/// The cost of turning a shipped procedure (workflows/procedures/*.json) into an executable graph:
/// read the Elsa JSON, validate, compile — what publishing or loading a procedure does — and the
/// canonical write the designer's save does.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private byte[] _json = [];
    private WorkflowDefinition _definition = null!;

    /// <summary>The smallest (9 activities) and largest (19 activities, nested decisions, tax transfer) procedures.</summary>
    [Params("birth-registration", "land-first-registration")]
    public string Procedure { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _json = File.ReadAllBytes(ProcedurePath(Procedure));
        _definition = ElsaJson.Read(_json);
    }

    [Benchmark]
    public WorkflowDefinition Read() => ElsaJson.Read(_json);

    [Benchmark]
    public ValidationReport Validate() => DefinitionValidator.Validate(_definition, ValidationContext.Default);

    [Benchmark]
    public CompiledWorkflow Compile() => WorkflowCompiler.Compile(_definition, ActivityCatalogue.Default);

    [Benchmark(Baseline = true)]
    public CompiledWorkflow ReadValidateCompile() => WorkflowCompiler.Compile(ElsaJson.Read(_json), ActivityCatalogue.Default);

    [Benchmark]
    public byte[] Write() => ElsaJson.WriteUtf8(_definition);

    private static string ProcedurePath(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TthcFlow.sln")))
                return Path.Combine(folder.FullName, "workflows", "procedures", name + ".json");
        }

        throw new InvalidOperationException($"No TthcFlow.sln above {AppContext.BaseDirectory}.");
    }
}
