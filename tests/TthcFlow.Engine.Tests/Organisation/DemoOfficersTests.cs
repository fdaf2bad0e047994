using System.Text.Json.Nodes;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Organisation;

namespace TthcFlow.Engine.Tests.Organisation;

public sealed class DemoOfficersTests
{
    private static readonly Lazy<IReadOnlyList<DemoOfficer>> Officers = new(() => DemoOfficers.Generate(DemoOrganisation.Organisation));

    private static OrganisationModel Org => DemoOrganisation.Organisation;

    [Fact]
    public void Generation_is_deterministic_for_a_seed()
    {
        IReadOnlyList<DemoOfficer> again = DemoOfficers.Generate(Org);
        Assert.Equal(Officers.Value, again);
        IReadOnlyList<DemoOfficer> other = DemoOfficers.Generate(Org, seed: 7);
        Assert.Equal(Officers.Value.Select(o => o.Username), other.Select(o => o.Username));
        Assert.True(Officers.Value.Zip(other).Count(p => p.First.FullName != p.Second.FullName) > Officers.Value.Count / 2);
    }

    [Fact]
    public void One_officer_holds_each_post()
    {
        Assert.Equal(Org.AllPosts().Count(), Officers.Value.Count);
        Assert.All(Officers.Value, o => Assert.True(Org.FindAgency(o.AgencyEId)?.FindUnit(o.UnitCode)?.Staffs(o.Role) == true, o.Username));
    }

    [Fact]
    public void User_names_and_emails_are_unique_ascii()
    {
        Assert.Equal(Officers.Value.Count, Officers.Value.Select(o => o.Username).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Officers.Value.Count, Officers.Value.Select(o => o.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Officers.Value, o => Assert.Matches("^[a-z0-9]+(\\.[a-z0-9]+){1,2}$", o.Username));
        Assert.All(Officers.Value, o => Assert.Equal($"{o.Username}@{DemoOfficers.EmailDomain}", o.Email));
    }

    [Fact]
    public void Names_are_vietnamese_and_phones_are_mobile_numbers()
    {
        Assert.All(Officers.Value, o => Assert.True(o.FullName.Split(' ').Length >= 2, o.FullName));
        Assert.All(Officers.Value, o => Assert.Matches("^0[3789][0-9]{8}$", o.Phone));
        Assert.All(Officers.Value, o => Assert.DoesNotContain('\u00D0', o.FullName));
        Assert.All(Officers.Value, o => Assert.True(o.FullName.IsNormalized(System.Text.NormalizationForm.FormC), o.FullName));
        Assert.Contains(Officers.Value, o => o.FullName.Contains('\u0110'));
        double withDiacritics = Officers.Value.Count(o => o.FullName.Any(c => c > 127)) / (double)Officers.Value.Count;
        Assert.True(withDiacritics > 0.9, $"{withDiacritics:P0} of names have Vietnamese letters");
    }

    [Theory]
    [InlineData("motcua.hoaphu", "001.01.70.H15", RoleCodes.OneStopOfficer)]
    [InlineData("lanhdaomotcua.hoaphu", "001.01.70.H15", RoleCodes.DeskHead)]
    [InlineData("chuyenvien.hoaphu", "000.01.70.H15", RoleCodes.Specialist)]
    [InlineData("chuyenvien.kinhte.hoaphu", "000.01.70.H15", RoleCodes.Specialist)]
    [InlineData("truongphong.hoaphu", "000.01.70.H15", RoleCodes.DivisionHead)]
    [InlineData("lanhdao.hoaphu", "000.01.70.H15", RoleCodes.Leader)]
    [InlineData("vanthu.hoaphu", "000.01.70.H15", RoleCodes.Clerk)]
    [InlineData("chuyenvien.conganhoaphu", "002.01.70.H15", RoleCodes.Specialist)]
    [InlineData("motcua.ttpvhcc", "000.00.02.H15", RoleCodes.OneStopOfficer)]
    [InlineData("chuyenvien.sotuphap", "000.00.10.H15", RoleCodes.Specialist)]
    [InlineData("lanhdao.soxaydung", "000.00.11.H15", RoleCodes.Leader)]
    [InlineData("chuyenvien.vpdkdd", "000.01.12.H15", RoleCodes.Specialist)]
    [InlineData("chuyenvien.thuecoso1", "000.01.52.H15", RoleCodes.Specialist)]
    [InlineData("chuyenvien.congantinh", "000.00.50.H15", RoleCodes.Specialist)]
    [InlineData("lanhdao.bhxhtinh", "000.00.54.H15", RoleCodes.Leader)]
    public void Documented_user_names_exist(string username, string agency, string role)
    {
        DemoOfficer officer = Assert.Single(Officers.Value, o => o.Username == username);
        Assert.Equal((agency, role), (officer.AgencyEId, officer.Role));
    }

    [Fact]
    public void Every_role_the_procedures_use_is_staffed_in_every_commune()
    {
        HashSet<string> roles = ProcedureRoles();
        Assert.Superset(new HashSet<string>([RoleCodes.OneStopOfficer, RoleCodes.Specialist, RoleCodes.Leader]), roles);
        var staffed = Officers.Value.Select(o => (o.AgencyEId, o.UnitCode, o.Role)).ToHashSet();
        foreach (AdministrativeUnit commune in Org.Communes)
        {
            Agency committee = Org.PeoplesCommitteeOf(commune.Code)!;
            foreach (string role in roles)
            {
                Post post = Assert.IsType<Post>(Org.FindPost(committee, role));
                Assert.Contains((post.Agency.EId, post.Unit.Code, post.Role), staffed);
            }
        }
    }

    /// <summary>The role codes written in the sample procedures' steps.</summary>
    private static HashSet<string> ProcedureRoles()
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(DemoOrganisation.ProceduresFolder, "*.json"))
        {
            JsonNode root = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (JsonNode? activity in root["root"]!["activities"]!.AsArray())
            {
                if (activity?["role"]?["expression"]?["value"]?.GetValue<string>() is { } role)
                    roles.Add(role);
            }
        }
        return roles;
    }
}
