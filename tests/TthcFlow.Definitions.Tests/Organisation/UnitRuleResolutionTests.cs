using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Definitions.Tests.Organisation;

public sealed class UnitRuleResolutionTests
{
    private static OrganisationModel Org => DemoProvince.Organisation;

    /// <summary>Filed at Hòa Phú's centre, decided by Tuy Hòa ward (location-independent receipt).</summary>
    private static DossierAgencies FiledAtHoaPhuForTuyHoa =>
        new(Org.GetAgency(DemoProvince.HoaPhuCentre), Org.GetAgency(DemoProvince.TuyHoaCommittee));

    [Fact]
    public void Receiving_and_competent_are_the_dossiers_own_agencies()
    {
        Assert.Equal(DemoProvince.HoaPhuCentre, Org.ResolveUnitRule("Receiving", null, null, FiledAtHoaPhuForTuyHoa).Agency?.EId);
        Assert.Equal(DemoProvince.TuyHoaCommittee, Org.ResolveUnitRule("Competent", null, null, FiledAtHoaPhuForTuyHoa).Agency?.EId);
    }

    [Fact]
    public void Vertical_serves_the_competent_unit_area_not_the_receiving_one()
    {
        Agency tax = Org.ResolveUnitRule("Vertical", null, "Tax", FiledAtHoaPhuForTuyHoa).Agency!;
        Assert.Contains(DemoProvince.TuyHoa, tax.ServedArea);
        Assert.DoesNotContain(DemoProvince.HoaPhu, tax.ServedArea);
        Agency police = Org.ResolveUnitRule("Vertical", null, "Police", FiledAtHoaPhuForTuyHoa).Agency!;
        Assert.Equal("Công an phường Tuy Hòa", police.Name);
        Agency land = Org.ResolveUnitRule("Vertical", null, "LandRegistration", FiledAtHoaPhuForTuyHoa).Agency!;
        Assert.Equal(AgencyKind.LandRegistrationBranch, land.Kind);
        Assert.True(Org.Serves(land, DemoProvince.TuyHoa));
    }

    [Fact]
    public void Vertical_uses_the_subject_area_when_the_competent_agency_serves_many_communes()
    {
        Agency branch = Org.FindVertical(VerticalNetwork.LandRegistration, DemoProvince.HoaPhu)!;
        var dossier = new DossierAgencies(Org.GetAgency(DemoProvince.HoaPhuCentre), branch, SubjectArea: DemoProvince.HoaPhu);
        Agency tax = Org.ResolveUnitRule("Vertical", null, "Tax", dossier).Agency!;
        Assert.Contains(DemoProvince.HoaPhu, tax.ServedArea);
        var noSubject = dossier with { SubjectArea = null };
        Assert.Equal(DemoProvince.ProvincialTax, Org.ResolveUnitRule("Vertical", null, "Tax", noSubject).Agency?.EId);
    }

    [Fact]
    public void Fixed_names_an_agency_by_electronic_id()
    {
        Assert.Equal("Sở Xây dựng tỉnh Đắk Lắk", Org.ResolveUnitRule("Fixed", DemoProvince.Construction, null, FiledAtHoaPhuForTuyHoa).Agency?.Name);
    }

    [Fact]
    public void Parent_is_the_competent_agencys_superior()
    {
        Assert.Equal(DemoProvince.ProvincePeoplesCommittee, Org.ResolveUnitRule("Parent", null, null, FiledAtHoaPhuForTuyHoa).Agency?.EId);
        var atLandBranch = new DossierAgencies(Org.GetAgency(DemoProvince.HoaPhuCentre), Org.FindVertical(VerticalNetwork.LandRegistration, DemoProvince.HoaPhu)!);
        Assert.Equal(DemoProvince.LandOffice, Org.ResolveUnitRule("Parent", null, null, atLandBranch).Agency?.EId);
    }

    [Theory]
    [InlineData("Fixed", null, null, "needs 'agency'")]
    [InlineData("Fixed", "000.00.99.H15", null, "No agency with electronic ID '000.00.99.H15'")]
    [InlineData("Vertical", null, "Customs", "'Customs' is not a vertical agency kind")]
    [InlineData("Vertical", null, "", "is not a vertical agency kind")]
    [InlineData("Vertical", null, "0", "is not a vertical agency kind")]
    [InlineData("Sideways", null, null, "'Sideways' is not a unit rule kind")]
    public void Unresolvable_rules_say_why(string kind, string? agency, string? agencyKind, string problem)
    {
        UnitRuleResolution resolution = Org.ResolveUnitRule(kind, agency, agencyKind, FiledAtHoaPhuForTuyHoa);
        Assert.False(resolution.IsResolved);
        Assert.Contains(problem, resolution.Problem);
    }

    [Fact]
    public void Parent_of_the_top_agency_is_reported()
    {
        Agency top = Org.GetAgency(DemoProvince.ProvincePeoplesCommittee);
        UnitRuleResolution resolution = Org.ResolveUnitRule("Parent", null, null, new DossierAgencies(top, top));
        Assert.Contains("has no superior agency", resolution.Problem);
    }
}
