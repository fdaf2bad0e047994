using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Tests.Elsa;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Tests.Validation;

public sealed class ElsaSampleValidationTests
{
    [Theory]
    [MemberData(nameof(ElsaSamples.Names), MemberType = typeof(ElsaSamples))]
    public void No_elsa_sample_has_an_error(string sample)
    {
        var report = DefinitionValidator.Validate(ElsaJson.Read(ElsaSamples.Bytes(sample)), ValidationContext.Default);

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
    }

    [Theory]
    [InlineData("http-hello-world.json", "90c3d3b2ea1f6ddc,3048105347912af5")]
    [InlineData("cron-every-hour.json", "13658e4b3bfafaaf")]
    [InlineData("parent-with-input.json", "ChildActivity1")]
    [InlineData("fork-containment-event.json", "HG4wfBhvlEW_149HwNyzHw")]
    [InlineData("flowchart-completion-6.json", "By4rVs_-2kSDENFO-bniRg")]
    public void Types_outside_the_catalogue_are_kept_with_a_warning_and_refused_on_publication(string sample, string ids)
    {
        var definition = ElsaJson.Read(ElsaSamples.Bytes(sample));

        var import = DefinitionValidator.Validate(definition, ValidationContext.Default);
        var publish = DefinitionValidator.Validate(definition, new ValidationContext { ForPublication = true });

        var expected = ids.Split(',');
        Assert.Equal(expected, import.Warnings.Where(w => w.Code == IssueCodes.UnsupportedActivityType).Select(w => w.ActivityId));
        Assert.Equal(expected, publish.Errors.Select(w => w.ActivityId));
        Assert.Contains("not executable by TthcFlow", import.Warnings.First().MessageEn, StringComparison.Ordinal);
        Assert.Contains("không thực thi được", import.Warnings.First().MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("writeline.json")]
    [InlineData("join.json")]
    [InlineData("implicit-loop-legacy-3.0-format.json")]
    [InlineData("fork-decision-join-waitall.json")]
    public void Samples_made_only_of_executed_types_have_no_issue_at_all(string sample)
    {
        Assert.Empty(DefinitionValidator.Validate(ElsaJson.Read(ElsaSamples.Bytes(sample)), ValidationContext.Default).Issues);
    }
}
