using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;

namespace TthcFlow.Definitions.Tests.Elsa;

public sealed class ProcedureMetadataTests
{
    private const string BirthRegistration = """
        {
          "definitionId": "khai-sinh", "name": "Đăng ký khai sinh", "version": 1,
          "customProperties": {
            "owner": "Sở Tư pháp",
            "procedure": {
              "code": "1.001193.000.00.00.H56", "name": "Đăng ký khai sinh", "nameEn": "Birth registration",
              "field": "Hộ tịch", "competentLevel": "Commune", "competentAgencyKind": "CommunePeoplesCommittee",
              "legalLimit": { "value": 3, "unit": "WorkingDays" }, "locationIndependent": true,
              "channels": [1, 2, 3], "fees": [ { "name": "Lệ phí", "amount": 0, "currency": "VND", "note": "miễn" } ],
              "requiredDocuments": [ "Tờ khai đăng ký khai sinh", "Giấy chứng sinh" ],
              "legalBasis": [ "Luật Hộ tịch 2014" ], "publishedBy": "UBND tỉnh"
            }
          },
          "root": { "id": "Flowchart1", "type": "Elsa.Flowchart", "activities": [], "connections": [] }
        }
        """;

    [Fact]
    public void Procedure_metadata_reads_typed_and_keeps_unknown_fields()
    {
        var procedure = ElsaJson.Read(BirthRegistration).Procedure!;

        Assert.Equal("1.001193.000.00.00.H56", procedure.Code);
        Assert.Equal("Birth registration", procedure.NameEn);
        Assert.Equal(AdministrativeLevel.Commune, procedure.CompetentLevel);
        Assert.Equal(TimeLimit.WorkingDays(3), procedure.LegalLimit);
        Assert.True(procedure.LocationIndependent);
        Assert.Equal([SubmissionChannel.InPerson, SubmissionChannel.Online, SubmissionChannel.PublicPost], procedure.Channels);
        var fee = Assert.Single(procedure.Fees);
        Assert.Equal(("Lệ phí", 0m, "VND"), (fee.Name, fee.Amount, fee.Currency));
        Assert.Equal("miễn", fee.Properties["note"]!.GetValue<string>());
        Assert.Equal(["Tờ khai đăng ký khai sinh", "Giấy chứng sinh"], procedure.RequiredDocuments);
        Assert.Equal("UBND tỉnh", procedure.Properties["publishedBy"]!.GetValue<string>());
    }

    [Fact]
    public void Procedure_metadata_survives_a_round_trip_beside_other_custom_properties()
    {
        var definition = ElsaJson.Read(BirthRegistration);
        var again = ElsaJson.Read(ElsaJson.Write(definition));

        Assert.Equal(definition, again);
        Assert.Equal("Sở Tư pháp", again.CustomProperties["owner"]!.GetValue<string>());
        Assert.False(again.CustomProperties.Contains("procedure"));
    }

    [Theory]
    [InlineData("""{ "unit": "SameDay" }""", 0, TimeLimitUnit.SameDay)]
    [InlineData("""{ "value": 0.5, "unit": "WorkingDays" }""", 0.5, TimeLimitUnit.WorkingDays)]
    [InlineData("""{ "value": 4, "unit": "WorkingHours" }""", 4, TimeLimitUnit.WorkingHours)]
    [InlineData("""{ "value": 15, "unit": "CalendarDays" }""", 15, TimeLimitUnit.CalendarDays)]
    public void Every_time_limit_unit_reads(string limit, decimal value, TimeLimitUnit unit)
    {
        var json = BirthRegistration.Replace("""{ "value": 3, "unit": "WorkingDays" }""", limit, StringComparison.Ordinal);

        Assert.Equal(new TimeLimit(value, unit), ElsaJson.Read(json).Procedure!.LegalLimit);
    }

    [Theory]
    [InlineData("""{ "value": 3, "unit": "Weeks" }""", "$.customProperties.procedure.legalLimit.unit")]
    [InlineData("""{ "value": -1, "unit": "WorkingDays" }""", "$.customProperties.procedure.legalLimit.value")]
    [InlineData("""{ "value": 1.5, "unit": "CalendarDays" }""", "$.customProperties.procedure.legalLimit.value")]
    [InlineData("""{ "unit": "WorkingDays" }""", "$.customProperties.procedure.legalLimit.value")]
    public void A_bad_time_limit_is_a_located_format_error(string limit, string path)
    {
        var json = BirthRegistration.Replace("""{ "value": 3, "unit": "WorkingDays" }""", limit, StringComparison.Ordinal);

        var error = Assert.Throws<DefinitionFormatException>(() => ElsaJson.Read(json));
        Assert.Equal(path, error.JsonPath);
        Assert.Equal(8, error.Line);
    }

    [Fact]
    public void A_petition_procedure_says_so_and_keeps_it_through_a_round_trip()
    {
        Assert.Equal(ProcedureKind.AdministrativeProcedure, ElsaJson.Read(BirthRegistration).Procedure!.Kind);
        Assert.DoesNotContain("\"kind\"", ElsaJson.Write(ElsaJson.Read(BirthRegistration)), StringComparison.Ordinal);

        var petition = ElsaJson.Read(BirthRegistration.Replace("\"locationIndependent\": true,", "\"locationIndependent\": false, \"kind\": \"Petition\",", StringComparison.Ordinal));
        Assert.Equal(ProcedureKind.Petition, petition.Procedure!.Kind);
        Assert.Equal(petition, ElsaJson.Read(ElsaJson.Write(petition)));

        var error = Assert.Throws<DefinitionFormatException>(() => ElsaJson.Read(BirthRegistration.Replace("\"locationIndependent\": true,", "\"kind\": \"Complaint\",", StringComparison.Ordinal)));
        Assert.Equal("$.customProperties.procedure.kind", error.JsonPath);
    }
}
