using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Definitions.Tests.Organisation;

public sealed class OrganisationParsingTests
{
    private static OrganisationModel District => OrganisationModel.Parse(OrganisationDocuments.WithDistrict);

    [Fact]
    public void A_district_tier_is_kept_between_province_and_communes()
    {
        OrganisationModel org = District;
        Assert.Equal(["24700", "24701"], org.Communes.Select(c => c.Code));
        Assert.Equal(AdministrativeLevel.District, org.FindAdministrativeUnit("667")?.Level);
        Assert.Equal("huyện Đắk R'lấp", org.FindAdministrativeUnit("667")?.FullName);
        Assert.Equal(["667"], org.ChildUnits("67").Select(u => u.Code));

        Agency commune = org.GetAgency("000.01.31.H99");
        Assert.Equal(AdministrativeLevel.Commune, commune.Level);
        Assert.Equal("H99.31.01", commune.ShortId);
        var dossier = new DossierAgencies(commune, commune);
        Assert.Equal("000.00.31.H99", org.ResolveUnitRule("Parent", null, null, dossier).Agency?.EId);
        Assert.Equal("000.01.50.H99", org.ResolveUnitRule("Vertical", null, "Police", dossier).Agency?.EId);
        Assert.Equal("000.00.50.H99", org.FindServing(AgencyKind.Police, "24701", AdministrativeLevel.Province)?.EId);
        Assert.Equal("000.00.31.H99", org.OneStopDesk(commune)?.Agency.EId);
        Assert.Equal("000.00.31.H99", org.PeoplesCommitteeOf("667")?.EId);
        Assert.Null(org.FindVertical(VerticalNetwork.Tax, "24700"));
    }

    [Fact]
    public void Agencies_served_area_defaults_to_their_seat()
    {
        OrganisationModel org = District;
        Agency commune = org.GetAgency("000.02.31.H99");
        Assert.Equal(["24701"], commune.ServedArea);
        Assert.True(org.Serves(commune, "24701"));
        Assert.False(org.Serves(commune, "24700"));
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion", "not supported")]
    [InlineData("\"province\": \"67\"", "\"province\": \"667\"", "$.province", "not a province-level unit")]
    [InlineData("\"code\": \"667\"", "\"code\": \"66\"", "$.administrativeUnits[1].code", "3 digits")]
    [InlineData("\"code\": \"24701\"", "\"code\": \"24700\"", "$.administrativeUnits[3].code", "listed twice")]
    [InlineData("\"slug\": \"nhanco\"}", "\"slug\": \"kienduc\"}", "$.administrativeUnits[3].slug", "used by another")]
    [InlineData("\"parent\": \"67\", \"slug\": \"dakrlap\"", "\"parent\": \"24700\", \"slug\": \"dakrlap\"", "$.administrativeUnits[1].parent", "cannot sit inside")]
    [InlineData("\"type\": \"District\"", "\"type\": \"County\"", "$.administrativeUnits[1].type", "'County' is not one of")]
    [InlineData("\"eId\": \"000.02.31.H99\"", "\"eId\": \"000.01.31.H99\"", "$.agencies[3].eId", "used by another agency")]
    [InlineData("\"eId\": \"000.02.31.H99\"", "\"eId\": \"H99.31.02\"", "$.agencies[3].eId", "not an electronic ID")]
    [InlineData("\"area\": \"24701\"", "\"area\": \"24799\"", "$.agencies[3].area", "No administrative unit")]
    [InlineData("\"parent\": \"000.00.50.H99\"", "\"parent\": \"000.00.51.H99\"", "$.agencies[5].parent", "No agency")]
    [InlineData("\"unitTemplate\": \"committee\"}\n", "\"unitTemplate\": \"ward\"}\n", "$.agencies[5].unitTemplate", "No unit template")]
    [InlineData("\"roles\": [\"Specialist\"]", "\"roles\": [\"Clerk\"]", "$.unitTemplates.committee[1].roles", "'Clerk' is not listed")]
    [InlineData("\"kind\": \"Leadership\"", "\"kind\": \"Boss\"", "$.unitTemplates.committee[0].kind", "not one of")]
    [InlineData("\"nameEn\": \"Leader\"}", "\"nameEn\": \"Leader\", \"handlesDossiers\": \"no\"}", "$.roles[3].handlesDossiers", "Expected true or false")]
    [InlineData("\"slug\": \"tinh\"", "\"slug\": \"Tinh\"", "$.agencies[0].slug", "lower-case ASCII")]
    [InlineData("\"slug\": \"tinh\"", "\"slug\": \"tinh\", \"colour\": \"red\"", "$.agencies[0].colour", "Unknown property")]
    [InlineData("\"slug\": \"tinh\", \"unitTemplate\": \"committee\"", "\"slug\": \"tinh\"", "$.agencies[0].units", "exactly one of")]
    [InlineData("\"kind\": \"ProvincePeoplesCommittee\", \"area\": \"67\", \"slug\": \"tinh\"", "\"kind\": \"ProvincePeoplesCommittee\", \"area\": \"67\", \"slug\": \"tinh\", \"parent\": \"000.01.31.H99\"", "$.agencies[0].parent", "loops back")]
    public void Faults_are_reported_at_their_json_path(string find, string replace, string path, string reason)
    {
        string json = OrganisationDocuments.WithDistrict.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(OrganisationDocuments.WithDistrict, json);
        var e = Assert.Throws<OrganisationFormatException>(() => OrganisationModel.Parse(json));
        Assert.Contains(e.Errors, err => err.Path == path && err.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_centre_must_have_a_one_stop_desk()
    {
        string json = OrganisationDocuments.WithDistrict.Replace(
            "\"slug\": \"kienduc\", \"parent\": \"000.00.31.H99\"",
            "\"slug\": \"kienduc\", \"parent\": \"000.00.31.H99\", \"serviceCentre\": \"000.00.50.H99\"", StringComparison.Ordinal);
        var e = Assert.Throws<OrganisationFormatException>(() => OrganisationModel.Parse(json));
        Assert.Contains(e.Errors, err => err.Path == "$.agencies[2].serviceCentre" && err.Reason.Contains("no one-stop desk", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_fault_is_listed_not_only_the_first()
    {
        string json = OrganisationDocuments.WithDistrict
            .Replace("\"area\": \"24701\"", "\"area\": \"24799\"", StringComparison.Ordinal)
            .Replace("\"slug\": \"tinh\"", "\"slug\": \"TINH\"", StringComparison.Ordinal);
        var e = Assert.Throws<OrganisationFormatException>(() => OrganisationModel.Parse(json));
        Assert.Equal(2, e.Errors.Count);
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"schemaVersion\": 1}", "$.province")]
    public void Malformed_documents_are_rejected(string json, string path)
    {
        var e = Assert.Throws<OrganisationFormatException>(() => OrganisationModel.Parse(json));
        Assert.Equal(path, e.Errors[0].Path);
    }

    [Theory]
    [InlineData("000.00.00.H15", true, 1, "H15")]
    [InlineData("000.00.12.H15", true, 2, "H15.12")]
    [InlineData("000.01.70.H15", true, 3, "H15.70.01")]
    [InlineData("001.01.70.H15", true, 4, "H15.70.01.001")]
    [InlineData("002.00.50.H15", true, 4, "H15.50.00.002")]
    public void Electronic_ids_have_a_depth_and_a_short_form(string eId, bool valid, int depth, string shortForm)
    {
        Assert.Equal(valid, ElectronicId.IsValid(eId));
        Assert.Equal(depth, ElectronicId.Depth(eId));
        Assert.Equal(shortForm, ElectronicId.ToShortForm(eId));
    }

    [Theory]
    [InlineData("H15.12")]
    [InlineData("000.00.00.15")]
    [InlineData("00.00.00.H15")]
    [InlineData("000.00.00.h15")]
    [InlineData("")]
    public void Malformed_electronic_ids_are_rejected(string eId)
    {
        Assert.False(ElectronicId.IsValid(eId));
        Assert.Throws<FormatException>(() => ElectronicId.ToShortForm(eId));
    }
}
