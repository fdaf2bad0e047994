using TthcFlow.Definitions.Validation;
using static TthcFlow.Definitions.Tests.Compilation.TestProcedures;

namespace TthcFlow.Definitions.Tests.Validation;

public sealed class ProcedureRuleTests
{
    [Fact]
    public void The_sample_procedure_is_valid_without_any_issue()
    {
        Assert.Empty(DefinitionValidator.Validate(Read(BusinessHousehold()), ValidationContext.Default).Issues);
    }

    [Theory]
    [InlineData("""{ "value": 2, "unit": "WorkingDays" }""", "16")]
    [InlineData("""{ "value": 20, "unit": "WorkingHours" }""", "20")]
    [InlineData("""{ "unit": "SameDay" }""", "8")]
    [InlineData("""{ "value": 2, "unit": "CalendarDays" }""", "16")]
    public void Allotments_beyond_the_legal_limit_are_an_error_naming_the_path(string limit, string limitHours)
    {
        var report = DefinitionValidator.Validate(Read(BusinessHousehold(limit)), ValidationContext.Default);

        var issue = Assert.Single(report.Errors);
        Assert.Equal((IssueCodes.ExceedsLegalLimit, "procedure.legalLimit"), (issue.Code, issue.Field));
        Assert.StartsWith("The longest path of the workflow needs 24 working hours (receipt → appraise → approve → issue)", issue.MessageEn, StringComparison.Ordinal);
        Assert.Contains($"({limitHours} working hours)", issue.MessageEn, StringComparison.Ordinal);
        Assert.StartsWith("Đường dài nhất của quy trình cần 24 giờ làm việc", issue.MessageVi, StringComparison.Ordinal);
        Assert.Equal(limit.Contains("CalendarDays", StringComparison.Ordinal), issue.MessageEn.Contains("calendar days include days off", StringComparison.Ordinal));
    }

    [Fact]
    public void A_procedure_without_metadata_is_an_error_and_without_one_stop_steps_a_warning()
    {
        var step = Step("sign", "TthcFlow.OfficerStep", """ "role": "Leader", "allotment": 1, "outcomes": ["Signed"] """);

        var report = DefinitionValidator.Validate(Read(Definition(null, [step], [])), ValidationContext.Default);

        Assert.Equal([IssueCodes.MissingProcedure], report.Errors.Select(e => e.Code));
        Assert.Equal([IssueCodes.MissingReceipt, IssueCodes.MissingReturnResult], report.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Procedure_metadata_needs_a_legal_limit_and_should_have_a_code()
    {
        var json = BusinessHousehold().Replace("\"code\": \"1.001612.000.00.00.H56\", ", "", StringComparison.Ordinal)
            .Replace(""", "legalLimit": { "value": 3, "unit": "WorkingDays" }""", "", StringComparison.Ordinal);

        var report = DefinitionValidator.Validate(Read(json), ValidationContext.Default);

        Assert.Equal([IssueCodes.MissingLegalLimit], report.Errors.Select(e => e.Code));
        Assert.Equal([IssueCodes.MissingProcedureCode], report.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Roles_are_checked_against_the_organisation_when_it_is_given()
    {
        var organisation = new ValidationContext { RoleCodes = new HashSet<string> { "OneStopOfficer", "Specialist", "Leader" } };

        var report = DefinitionValidator.Validate(Read(BusinessHousehold()), organisation);

        var issue = Assert.Single(report.Errors);
        Assert.Equal((IssueCodes.UnknownRole, "issue", "role"), (issue.Code, issue.ActivityId, issue.Field));
        Assert.Equal("Role \"Clerk\" is not in the organisation.", issue.MessageEn);
    }

    [Fact]
    public void Every_message_is_in_vietnamese_with_diacritics_and_in_english()
    {
        var broken = Read(Definition("""{ "value": 1, "unit": "WorkingHours" }""",
            [Activity("start", "Elsa.Start"), Step("s", "TthcFlow.OfficerStep", """ "allotment": -1, "outcomes": [] """), Activity("x", "TthcFlow.Nope")],
            [Link("start", "Done", "s"), Link("s", "Nowhere", "ghost")]));

        var issues = DefinitionValidator.Validate(broken, new ValidationContext { ForPublication = true }).Issues;

        Assert.True(issues.Count >= 6);
        Assert.All(issues, i =>
        {
            Assert.Matches("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", i.MessageVi.ToLowerInvariant());
            Assert.Matches("^[\\x20-\\x7E→—]+$", i.MessageEn);
        });
    }
}
