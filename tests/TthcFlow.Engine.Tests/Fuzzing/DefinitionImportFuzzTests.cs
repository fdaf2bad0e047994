using System.Text.Json.Nodes;
using CsCheck;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Engine.Definitions;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Tests.Hosting;
using Xunit.Abstractions;

namespace TthcFlow.Engine.Tests.Fuzzing;

/// <summary>
/// The definition importer and validator on bad documents: mutations of the real Elsa samples and
/// of our procedures (properties deleted, renamed, retyped; huge numbers; deep nesting; broken
/// references; odd Unicode; truncation) and random JSON. Every case ends in a checked definition
/// or a rejection with located errors — never any exception (the importer's one documented
/// exception, <see cref="DefinitionFormatException"/>, is itself turned into a located rejection).
/// </summary>
public sealed class DefinitionImportFuzzTests(ITestOutputHelper output)
{
    private const int MutantCases = 3_500, RandomCases = 2_000;

    private static readonly DefinitionChecker Checker = ReferenceData.Load(new WorkflowsFolder(RepoPaths.Workflows)).Checker;

    /// <summary>Every real document we have: Elsa's samples and the procedures under workflows/.</summary>
    private static IReadOnlyList<JsonNode> Documents()
    {
        var folders = new[] { Path.Combine(RepoPaths.Root, "tests", "TthcFlow.Engine.Tests", "Runtime", "ElsaSamples"), RepoPaths.ElsaSamples,
            Path.Combine(RepoPaths.Workflows, "procedures") };
        return folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.json", SearchOption.AllDirectories)).Order()
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
    }

    [Fact]
    public void Mutated_samples_and_procedures_are_checked_or_refused_with_located_errors()
    {
        var documents = Documents();
        Assert.True(documents.Count >= 20, $"only {documents.Count} sample documents found");
        var gen = Gen.Int[0, documents.Count - 1].SelectMany(i => JsonMutations.Mutants(documents[i]));

        FuzzRun.Check(output, "definition-import (mutants)", gen, seed: 20260302, MutantCases, AssertCheckedOrLocated, text => text);
    }

    [Fact]
    public void Random_json_and_random_text_are_refused_with_located_errors()
    {
        var gen = Gen.Frequency(
            (3, JsonMutations.AnyJson.Select(j => j.Text)),
            (2, JsonMutations.Garbage),
            (1, JsonMutations.AnyJson.Select(j => new JsonObject { ["id"] = "x", ["definitionId"] = "x", ["root"] = j.Copy() }.ToJsonString())));

        FuzzRun.Check(output, "definition-import (random)", gen, seed: 766, RandomCases, AssertCheckedOrLocated, text => text);
    }

    /// <summary>The property: a checked definition that writes, re-reads and compiles, or a rejection whose errors say where.</summary>
    internal static void AssertCheckedOrLocated(string text)
    {
        var result = Checker.Check(text);
        if (result.Rejection is { } rejection)
        {
            Assert.Contains(rejection.Kind, new[] { "MalformedJson", "Invalid" });
            var errors = rejection.Issues.Where(i => i.Severity == "Error").ToList();
            Assert.NotEmpty(errors);
            foreach (var e in errors)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Code));
                Assert.False(string.IsNullOrWhiteSpace(e.MessageVi));
                Assert.False(string.IsNullOrWhiteSpace(e.MessageEn));
                if (rejection.Kind == "MalformedJson")
                    Assert.True(e.Path is not null && e.Line >= 1 && e.Column >= 1, $"unlocated: {e}");
            }
            return;
        }
        Assert.NotNull(result.Definition);
        var written = ElsaJson.Write(result.Definition!);
        var again = Checker.Check(written);
        Assert.Null(again.Rejection);
        Checker.PublishBlockers(written);
    }
}
