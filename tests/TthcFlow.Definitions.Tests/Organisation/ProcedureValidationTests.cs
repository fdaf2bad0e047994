using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Tests.Organisation;

/// <summary>The sample procedures pass the definition validator against the demo province's roles and agencies.</summary>
public sealed class ProcedureValidationTests
{
    public static TheoryData<string> Files => ProcedureSample.FileNames();

    [Theory]
    [MemberData(nameof(Files))]
    public void Sample_has_no_validation_errors_with_the_demo_organisation(string file)
    {
        ProcedureSample sample = ProcedureSample.Get(file);
        ValidationReport report = DefinitionValidator.Validate(sample.Definition, ValidationContext.For(DemoProvince.Organisation));
        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Sample_is_publishable(string file)
    {
        ProcedureSample sample = ProcedureSample.Get(file);
        ValidationContext context = ValidationContext.For(DemoProvince.Organisation) with { ForPublication = true };
        ValidationReport report = DefinitionValidator.Validate(sample.Definition, context);
        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
        Assert.All(report.Warnings, w => Assert.Contains(w.Code, AcceptedWarnings));
    }

    [Theory]
    [InlineData("birth-registration.json", "\"value\": \"Leader\"", "\"value\": \"Chairman\"", IssueCodes.UnknownRole)]
    [InlineData("building-permit-house.json", "000.00.11.H15", "000.00.99.H15", IssueCodes.UnknownAgency)]
    public void The_check_is_not_vacuous_an_unknown_role_or_agency_is_an_error(string file, string find, string replace, string code)
    {
        string text = ProcedureSample.Get(file).Text;
        Assert.Contains(find, text, StringComparison.Ordinal);
        var broken = ElsaJson.Read(text.Replace(find, replace, StringComparison.Ordinal));
        ValidationReport report = DefinitionValidator.Validate(broken, ValidationContext.For(DemoProvince.Organisation));
        Assert.Contains(report.Errors, e => e.Code == code);
    }

    /// <summary>Calendar-day limits are checked against an upper bound only; that is the one warning a sample may carry.</summary>
    private static readonly string[] AcceptedWarnings = [IssueCodes.CalendarDaysLimitApproximated];
}
