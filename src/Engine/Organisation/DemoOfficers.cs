using System.Text;
using Bogus;
using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Engine.Organisation;

/// <summary>
/// Cán bộ, công chức mẫu — a demo officer: one person holding one post (a role in a unit of an
/// agency). Generated, never real people.
/// </summary>
/// <param name="Username">ASCII login name, e.g. <c>motcua.hoaphu</c>, <c>chuyenvien.kinhte.hoaphu</c>.</param>
/// <param name="FullName">Vietnamese full name with diacritics, family name first.</param>
/// <param name="Email">Demo address under the reserved <c>.example</c> domain.</param>
/// <param name="Phone">A ten-digit Vietnamese mobile number.</param>
/// <param name="AgencyEId">The agency's electronic ID.</param>
/// <param name="UnitCode">The unit inside the agency.</param>
/// <param name="Role">The role code.</param>
public sealed record DemoOfficer(
    string Username, string FullName, string Email, string Phone, string AgencyEId, string UnitCode, string Role);

/// <summary>
/// Generates one demo officer per post of an organisation (every agency × unit × staffed role) with
/// Bogus' Vietnamese locale. Deterministic: each officer's name and phone come from a random
/// sequence seeded by the seed and the officer's user name, so adding an agency changes no one else.
/// User names: <c>{role}.{agency}</c> for the first unit of the agency staffing the role, else
/// <c>{role}.{unit}.{agency}</c>; role prefixes are listed in <see cref="RolePrefixes"/>, agency
/// slugs come from the data.
/// </summary>
public static class DemoOfficers
{
    /// <summary>The seed the engine uses for its demo data.</summary>
    public const int DefaultSeed = 20250701;

    /// <summary>The e-mail domain of demo officers (a reserved, non-routable name).</summary>
    public const string EmailDomain = "tthcflow.example";

    /// <summary>The user-name prefix of each standard role.</summary>
    public static IReadOnlyDictionary<string, string> RolePrefixes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RoleCodes.OneStopOfficer] = "motcua",
        [RoleCodes.DeskHead] = "lanhdaomotcua",
        [RoleCodes.Specialist] = "chuyenvien",
        [RoleCodes.DivisionHead] = "truongphong",
        [RoleCodes.Leader] = "lanhdao",
        [RoleCodes.Clerk] = "vanthu",
        [RoleCodes.ProcessDesigner] = "thietke",
        [RoleCodes.Administrator] = "quantri",
    };

    private static readonly string[] MobilePrefixes =
    [
        "032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098",
        "081", "082", "083", "084", "085", "088", "091", "094", "070", "076", "077", "078", "079", "089", "090", "093",
    ];

    /// <summary>One officer per post of <paramref name="organisation"/>, in the organisation's order.</summary>
    public static IReadOnlyList<DemoOfficer> Generate(OrganisationModel organisation, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var faker = new Faker("vi");
        var officers = new List<DemoOfficer>();
        foreach (Post post in organisation.AllPosts())
        {
            string username = UsernameFor(post);
            faker.Random = new Randomizer(Mix(seed, username));
            string fullName = VietnameseLetters($"{faker.Name.LastName()} {faker.Name.FirstName()}");
            string phone = faker.PickRandom(MobilePrefixes) + faker.Random.ReplaceNumbers("#######");
            officers.Add(new DemoOfficer(
                username, fullName, $"{username}@{EmailDomain}", phone, post.Agency.EId, post.Unit.Code, post.Role));
        }
        return officers;
    }

    /// <summary>The user name of the officer holding <paramref name="post"/>.</summary>
    public static string UsernameFor(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        string prefix = RolePrefixes.TryGetValue(post.Role, out string? known) ? known : post.Role.ToLowerInvariant();
        AgencyUnit first = post.Agency.Units.First(u => u.Staffs(post.Role));
        return first.Code == post.Unit.Code
            ? $"{prefix}.{post.Agency.Slug}"
            : $"{prefix}.{post.Unit.Code}.{post.Agency.Slug}";
    }

    /// <summary>
    /// Bogus' Vietnamese names write Đ/đ with the Icelandic eth (U+00D0/U+00F0); Vietnamese uses
    /// U+0110/U+0111. Also composes letters (NFC) so names compare and sort as typed.
    /// </summary>
    private static string VietnameseLetters(string name) =>
        name.Replace('\u00D0', '\u0110').Replace('\u00F0', '\u0111').Normalize(NormalizationForm.FormC);

    /// <summary>FNV-1a over the user name, mixed with the seed: a stable per-officer seed.</summary>
    private static int Mix(int seed, string username)
    {
        uint hash = 2166136261u ^ (uint)seed;
        foreach (byte b in Encoding.UTF8.GetBytes(username))
            hash = (hash ^ b) * 16777619u;
        return (int)(hash & 0x7FFFFFFF);
    }
}
