using Bogus;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Commands;

namespace TthcFlow.LoadTest;

/// <summary>
/// Công dân nộp hồ sơ — generated citizens (Bogus, Vietnamese locale) of the replayed communes filing
/// dossiers: at their commune's service centre, at the provincial centre for province-level
/// procedures, online or by post; a share of location-independent filings (không phụ thuộc địa giới
/// hành chính) go to another commune's desk while their home commune stays competent.
/// </summary>
public sealed class CitizenFilings
{
    /// <summary>Share of location-independent filings made at another commune's desk.</summary>
    public const double ElsewhereShare = 0.08;

    private readonly Faker _faker;
    private readonly Random _random;
    private readonly OrganisationModel _organisation;
    private readonly OfficerRoster _officers;
    private readonly List<AdministrativeUnit> _communes;
    private readonly Agency _provinceCentre;

    public CitizenFilings(OrganisationModel organisation, OfficerRoster officers, int communes, int seed)
    {
        _organisation = organisation;
        _officers = officers;
        _random = new Random(seed);
        _faker = new Faker("vi") { Random = new Randomizer(seed) };
        _communes = [.. organisation.Communes.Where(c => organisation.ServiceCentreOf(c.Code) is not null && organisation.PeoplesCommitteeOf(c.Code) is not null).Take(communes)];
        if (_communes.Count == 0)
            throw new InvalidDataException("The organisation has no commune with a service centre and a People's Committee.");
        _provinceCentre = organisation.Agencies.First(a => a.Kind == AgencyKind.ProvinceServiceCentre);
    }

    public int Communes => _communes.Count;

    /// <summary>A filing of <paramref name="procedure"/> by a new citizen of a random commune.</summary>
    public SubmitDossier File(MixedProcedure procedure)
    {
        var home = _communes[_random.Next(_communes.Count)];
        var receiving = _organisation.ServiceCentreOf(home.Code)!;
        string? competent = null;
        bool province = procedure.Level == AdministrativeLevel.Province && procedure.CompetentKind != nameof(AgencyKind.LandRegistrationBranch);
        if (province)
            receiving = _provinceCentre;
        else if (procedure.LocationIndependent && _communes.Count > 1 && procedure.Level == AdministrativeLevel.Commune && _random.NextDouble() < ElsewhereShare)
        {
            var elsewhere = _communes[(_communes.IndexOf(home) + 1 + _random.Next(_communes.Count - 1)) % _communes.Count];
            receiving = _organisation.ServiceCentreOf(elsewhere.Code)!;
            competent = _organisation.PeoplesCommitteeOf(home.Code)!.EId;
        }
        var channel = Channel(procedure);
        string name = _faker.Name.FullName();
        return new SubmitDossier
        {
            DefinitionId = procedure.DefinitionId,
            Channel = channel,
            Applicant = new ApplicantDetails(name, $"066{_random.NextInt64(100_000_000, 999_999_999)}", _faker.Phone.PhoneNumber("09########"), null,
                $"{_faker.Address.StreetAddress()}, {home.Name}"),
            ReceivingAgencyEId = receiving.EId,
            CompetentAgencyEId = competent,
            RequestContent = procedure.Name,
            Documents = [new SubmittedDocument("Tờ khai", Digitised: channel == SubmissionChannel.Online), new SubmittedDocument("Giấy tờ kèm theo", Digitised: _random.NextDouble() < 0.6)],
            PaidOnline = channel == SubmissionChannel.Online && _random.NextDouble() < 0.5,
            Officer = channel == SubmissionChannel.Online ? null : _officers.For(receiving.EId, RoleCodes.OneStopOfficer),
        };
    }

    private SubmissionChannel Channel(MixedProcedure procedure)
    {
        double x = _random.NextDouble();
        var wanted = x < 0.62 ? SubmissionChannel.InPerson : x < 0.95 ? SubmissionChannel.Online : SubmissionChannel.PublicPost;
        return procedure.Channels.Count == 0 || procedure.Channels.Contains(wanted) ? wanted : procedure.Channels[0];
    }
}
