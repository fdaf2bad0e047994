using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Definitions.Tests.Organisation;

public sealed class DemoProvinceTests
{
    private static OrganisationModel Org => DemoProvince.Organisation;

    [Fact]
    public void Province_is_Dak_Lak_with_102_communes_and_wards()
    {
        Assert.Equal("66", Org.Province.Code);
        Assert.Equal("tỉnh Đắk Lắk", Org.Province.FullName);
        Assert.Equal(102, Org.Communes.Count);
        Assert.Equal(88, Org.Communes.Count(c => c.Type == AdministrativeUnitType.Commune));
        Assert.Equal(14, Org.Communes.Count(c => c.Type == AdministrativeUnitType.Ward));
        Assert.Equal(68, Org.Communes.Count(c => c.FormerProvince == "Đắk Lắk"));
        Assert.Equal(34, Org.Communes.Count(c => c.FormerProvince == "Phú Yên"));
        Assert.All(Org.Communes, c => Assert.Matches("^[0-9]{5}$", c.Code));
        Assert.Equal(102, Org.Communes.Select(c => c.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("24175", "Hòa Phú", AdministrativeUnitType.Commune)]
    [InlineData("24133", "Buôn Ma Thuột", AdministrativeUnitType.Ward)]
    [InlineData("24400", "Ea Păl", AdministrativeUnitType.Commune)]
    [InlineData("24454", "Dang Kang", AdministrativeUnitType.Commune)]
    [InlineData("24412", "M'Drắk", AdministrativeUnitType.Commune)]
    [InlineData("22240", "Phú Yên", AdministrativeUnitType.Ward)]
    [InlineData("22081", "Đồng Xuân", AdministrativeUnitType.Commune)]
    public void Commune_names_keep_the_official_spelling(string code, string name, AdministrativeUnitType type)
    {
        AdministrativeUnit unit = Assert.IsType<AdministrativeUnit>(Org.FindAdministrativeUnit(code));
        Assert.Equal(name, unit.Name);
        Assert.Equal(type, unit.Type);
        Assert.Equal("66", unit.ParentCode);
    }

    [Fact]
    public void Every_commune_has_a_committee_a_service_centre_and_police()
    {
        foreach (AdministrativeUnit commune in Org.Communes)
        {
            Agency committee = Assert.IsType<Agency>(Org.PeoplesCommitteeOf(commune.Code));
            Agency centre = Assert.IsType<Agency>(Org.ServiceCentreOf(commune.Code));
            Assert.Equal(AgencyKind.CommunePeoplesCommittee, committee.Kind);
            Assert.Equal($"Ủy ban nhân dân {commune.FullName}", committee.Name);
            Assert.Equal(AgencyKind.CommuneServiceCentre, centre.Kind);
            Assert.Equal(committee.EId, centre.ParentEId);
            Assert.Equal(DemoProvince.ProvincePeoplesCommittee, committee.ParentEId);
            Agency police = Assert.IsType<Agency>(Org.FindVertical(VerticalNetwork.Police, commune.Code));
            Assert.Equal(AdministrativeLevel.Commune, police.Level);
            Assert.Equal(DemoProvince.ProvincialPolice, police.ParentEId);
        }
    }

    [Fact]
    public void Every_commune_is_served_by_one_tax_unit_and_one_land_registration_branch()
    {
        foreach (AdministrativeUnit commune in Org.Communes)
        {
            Agency tax = Assert.IsType<Agency>(Org.FindVertical(VerticalNetwork.Tax, commune.Code));
            Assert.StartsWith("Thuế cơ sở", tax.Name);
            Assert.Equal(DemoProvince.ProvincialTax, tax.ParentEId);
            Agency land = Assert.IsType<Agency>(Org.FindVertical(VerticalNetwork.LandRegistration, commune.Code));
            Assert.Equal(AgencyKind.LandRegistrationBranch, land.Kind);
            Assert.Equal(DemoProvince.LandOffice, land.ParentEId);
            Assert.Equal(DemoProvince.SocialInsurance, Org.FindVertical(VerticalNetwork.SocialInsurance, commune.Code)?.EId);
        }
        var taxUnits = Org.Agencies.Where(a => a.ParentEId == DemoProvince.ProvincialTax).ToList();
        Assert.Equal(102, taxUnits.Sum(a => a.ServedArea.Count));
        Assert.Equal(102, taxUnits.SelectMany(a => a.ServedArea).Distinct().Count());
    }

    [Fact]
    public void Province_level_lookups_find_the_provincial_agency()
    {
        Assert.Equal(DemoProvince.ProvincialPolice, Org.FindServing(AgencyKind.Police, DemoProvince.HoaPhu, AdministrativeLevel.Province)?.EId);
        Assert.Equal(DemoProvince.HoaPhuPolice, Org.FindServing(AgencyKind.Police, DemoProvince.HoaPhu)?.EId);
        Assert.Equal(DemoProvince.ProvincialTax, Org.FindVertical(VerticalNetwork.Tax, "66")?.EId);
        Assert.Equal(DemoProvince.LandOffice, Org.FindVertical(VerticalNetwork.LandRegistration, "66")?.EId);
        Assert.Equal(DemoProvince.ProvincePeoplesCommittee, Org.PeoplesCommitteeOf("66")?.EId);
        Assert.Equal(DemoProvince.ProvinceCentre, Org.ServiceCentreOf("66")?.EId);
    }

    [Theory]
    [InlineData(DemoProvince.Justice, "Sở Tư pháp tỉnh Đắk Lắk", AgencyKind.Department)]
    [InlineData(DemoProvince.Construction, "Sở Xây dựng tỉnh Đắk Lắk", AgencyKind.Department)]
    [InlineData(DemoProvince.AgricultureEnvironment, "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk", AgencyKind.Department)]
    [InlineData(DemoProvince.Finance, "Sở Tài chính tỉnh Đắk Lắk", AgencyKind.Department)]
    [InlineData(DemoProvince.LandOffice, "Văn phòng Đăng ký đất đai tỉnh Đắk Lắk", AgencyKind.LandRegistrationOffice)]
    [InlineData(DemoProvince.ProvinceCentre, "Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk", AgencyKind.ProvinceServiceCentre)]
    [InlineData(DemoProvince.ProvincialPolice, "Công an tỉnh Đắk Lắk", AgencyKind.Police)]
    [InlineData(DemoProvince.ProvincialTax, "Thuế tỉnh Đắk Lắk", AgencyKind.Tax)]
    [InlineData(DemoProvince.SocialInsurance, "Bảo hiểm xã hội tỉnh Đắk Lắk", AgencyKind.SocialInsurance)]
    public void Provincial_agencies_are_found_by_electronic_id(string eId, string name, AgencyKind kind)
    {
        Agency agency = Org.GetAgency(eId);
        Assert.Equal(name, agency.Name);
        Assert.Equal(kind, agency.Kind);
        Assert.Equal(AdministrativeLevel.Province, agency.Level);
    }

    [Fact]
    public void Commune_committee_has_leader_divisions_and_clerk_and_receives_at_its_centre()
    {
        Agency committee = Org.GetAgency(DemoProvince.HoaPhuCommittee);
        Assert.Equal("H15.70.01", committee.ShortId);
        Assert.Equal("lanhdao", Org.FindPost(committee, RoleCodes.Leader)?.Unit.Code);
        Assert.Equal("vanthu", Org.FindPost(committee, RoleCodes.Clerk)?.Unit.Code);
        Assert.Equal("vanphong", Org.FindPost(committee, RoleCodes.Specialist, "Hộ tịch")?.Unit.Code);
        Assert.Equal("kinhte", Org.FindPost(committee, RoleCodes.Specialist, "Đất đai")?.Unit.Code);
        Assert.Equal("vanphong", Org.FindPost(committee, RoleCodes.Specialist, "Lĩnh vực không có")?.Unit.Code);

        Post desk = Assert.IsType<Post>(Org.OneStopDesk(committee));
        Assert.Equal(DemoProvince.HoaPhuCentre, desk.Agency.EId);
        Assert.Equal(RoleCodes.OneStopOfficer, desk.Role);
        Post officer = Assert.IsType<Post>(Org.FindPost(committee, RoleCodes.OneStopOfficer));
        Assert.Equal(DemoProvince.HoaPhuCentre, officer.Agency.EId);
        Assert.Equal(RoleCodes.DeskHead, Org.FindPost(committee, RoleCodes.DeskHead)?.Role);
    }

    [Fact]
    public void Ward_committee_names_its_economy_division_for_urban_areas()
    {
        Agency ward = Org.GetAgency(DemoProvince.TuyHoaCommittee);
        Assert.Equal("Ủy ban nhân dân phường Tuy Hòa", ward.Name);
        Assert.Equal("Phòng Kinh tế, Hạ tầng và Đô thị", ward.FindUnit("kinhte")?.Name);
        Assert.Equal("Phòng Kinh tế", Org.GetAgency(DemoProvince.HoaPhuCommittee).FindUnit("kinhte")?.Name);
    }

    [Fact]
    public void Heads_of_units_and_agencies_are_found_for_escalation_and_apologies()
    {
        Agency committee = Org.GetAgency(DemoProvince.HoaPhuCommittee);
        Assert.Equal(RoleCodes.DivisionHead, Org.HeadOfUnit(committee, committee.FindUnit("kinhte")!)?.Role);
        Post clerkHead = Assert.IsType<Post>(Org.HeadOfUnit(committee, committee.FindUnit("vanthu")!));
        Assert.Equal((RoleCodes.Leader, "lanhdao"), (clerkHead.Role, clerkHead.Unit.Code));
        Assert.Equal(RoleCodes.Leader, Org.HeadOfAgency(committee)?.Role);

        Agency centre = Org.GetAgency(DemoProvince.HoaPhuCentre);
        Assert.Equal(RoleCodes.DeskHead, Org.HeadOfAgency(centre)?.Role);

        Agency tax = Org.FindVertical(VerticalNetwork.Tax, DemoProvince.HoaPhu)!;
        Assert.Equal((tax.EId, RoleCodes.Leader), (Org.HeadOfAgency(tax)?.Agency.EId, Org.HeadOfAgency(tax)?.Role));
    }

    [Fact]
    public void Every_agency_has_a_head_and_a_desk_that_receives_for_it()
    {
        foreach (Agency agency in Org.Agencies)
        {
            Assert.NotNull(Org.HeadOfAgency(agency));
            if (agency.Kind.Network() is null || agency.Kind is AgencyKind.LandRegistrationOffice or AgencyKind.LandRegistrationBranch)
                Assert.NotNull(Org.OneStopDesk(agency));
        }
    }

    [Fact]
    public void Electronic_ids_and_short_ids_are_unique()
    {
        Assert.Equal(Org.Agencies.Count, Org.Agencies.Select(a => a.EId).Distinct().Count());
        Assert.Equal(Org.Agencies.Count, Org.Agencies.Select(a => a.ShortId).Distinct().Count());
        Assert.All(Org.Agencies, a => Assert.True(ElectronicId.IsValid(a.EId), a.EId));
        Assert.All(Org.Agencies, a => Assert.EndsWith(".H15", a.EId));
    }

    [Fact]
    public void The_six_dossier_roles_and_the_two_that_run_the_system_are_listed_with_vietnamese_and_english_names()
    {
        Assert.Equal(RoleCodes.All, Org.RoleList.Where(r => r.HandlesDossiers).Select(r => r.Code));
        Assert.Equal([RoleCodes.ProcessDesigner, RoleCodes.Administrator], Org.RoleList.Where(r => !r.HandlesDossiers).Select(r => r.Code));
        Assert.Equal("Công chức thiết kế quy trình", Org.Roles[RoleCodes.ProcessDesigner].Name);
        Assert.Equal("Chuyên viên thụ lý", Org.Roles[RoleCodes.Specialist].Name);
        Assert.Equal("Công chức Bộ phận Một cửa", Org.Roles[RoleCodes.OneStopOfficer].Name);
        Assert.All(Org.RoleList, r => Assert.False(string.IsNullOrWhiteSpace(r.NameEn)));
        Assert.All(Org.AllPosts(), p => Assert.True(Org.HasRole(p.Role)));
    }
}
