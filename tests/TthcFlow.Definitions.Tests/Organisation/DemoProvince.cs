using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Definitions.Tests.Organisation;

/// <summary>The demo province parsed once for all tests.</summary>
internal static class DemoProvince
{
    private static readonly Lazy<OrganisationModel> Model =
        new(() => OrganisationModel.Parse(RepositoryFiles.Read("workflows", "organisation", "daklak.json")));

    public static OrganisationModel Organisation => Model.Value;

    public const string ProvincePeoplesCommittee = "000.00.00.H15";
    public const string ProvinceCentre = "000.00.02.H15";
    public const string Justice = "000.00.10.H15";
    public const string Construction = "000.00.11.H15";
    public const string AgricultureEnvironment = "000.00.12.H15";
    public const string Finance = "000.00.13.H15";
    public const string LandOffice = "000.01.12.H15";
    public const string ProvincialPolice = "000.00.50.H15";
    public const string ProvincialTax = "000.00.52.H15";
    public const string SocialInsurance = "000.00.54.H15";

    /// <summary>Hòa Phú commune (24175), first in the statistics office's list.</summary>
    public const string HoaPhu = "24175";
    public const string HoaPhuCommittee = "000.01.70.H15";
    public const string HoaPhuCentre = "001.01.70.H15";
    public const string HoaPhuPolice = "002.01.70.H15";

    /// <summary>Tuy Hòa ward (22015), first of the former Phú Yên units.</summary>
    public const string TuyHoa = "22015";
    public const string TuyHoaCommittee = "000.01.80.H15";
}
