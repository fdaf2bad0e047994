using Microsoft.AspNetCore.Identity;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Organisation;

namespace TthcFlow.Engine.Security;

/// <summary>
/// Danh bạ cán bộ — the officers who may sign in: the demo officers of the loaded organisation
/// (one per post), each with the single demo password, kept only as a PBKDF2 hash. Not a user
/// store for production: there is no per-officer password and no account management.
/// </summary>
public sealed class OfficerDirectory
{
    /// <summary>The demo password when <c>TthcFlow:DemoPassword</c> does not set another.</summary>
    public const string DefaultDemoPassword = "tthc2025";

    private readonly Dictionary<string, DemoOfficer> _byUserName;
    private readonly PasswordHasher<DemoOfficer> _hasher = new();
    private readonly string _passwordHash;
    private readonly DemoOfficer _nobody;

    public OfficerDirectory(OrganisationModel organisation, IEnumerable<DemoOfficer> officers, string demoPassword)
    {
        ArgumentException.ThrowIfNullOrEmpty(demoPassword);
        Organisation = organisation;
        Officers = officers.ToList();
        _byUserName = Officers.ToDictionary(o => o.Username, StringComparer.OrdinalIgnoreCase);
        _nobody = new DemoOfficer("", "", "", "", "", "", "");
        _passwordHash = _hasher.HashPassword(_nobody, demoPassword);
    }

    /// <summary>The directory of the organisation's generated demo officers.</summary>
    public static OfficerDirectory ForDemo(OrganisationModel organisation, string demoPassword) =>
        new(organisation, DemoOfficers.Generate(organisation), demoPassword);

    public OrganisationModel Organisation { get; }

    public IReadOnlyList<DemoOfficer> Officers { get; }

    /// <summary>The officer with this user name (case-insensitive), or null.</summary>
    public DemoOfficer? Find(string userName) => _byUserName.GetValueOrDefault(userName.Trim());

    /// <summary>
    /// The officer when the user name and password match, else null. An unknown user name costs
    /// the same hash verification as a wrong password, so timing does not tell which it was.
    /// </summary>
    public DemoOfficer? Verify(string userName, string password)
    {
        var officer = Find(userName);
        var verdict = _hasher.VerifyHashedPassword(officer ?? _nobody, _passwordHash, password);
        return officer is not null && verdict != PasswordVerificationResult.Failed ? officer : null;
    }

    /// <summary>The officer as commands see them.</summary>
    public static ActingOfficer Acting(DemoOfficer o) => new(o.Username, o.FullName, o.AgencyEId, o.UnitCode, [o.Role]);
}
