namespace TthcFlow.Definitions.Organisation;

public sealed partial class OrganisationModel
{
    /// <summary>
    /// Where a task for <paramref name="role"/> at <paramref name="agency"/> lands: the unit staffing
    /// that role, preferring one that handles <paramref name="field"/> (lĩnh vực). One-stop roles at an
    /// agency without its own desk land on the desk that receives for it (see <see cref="OneStopDesk"/>).
    /// </summary>
    public Post? FindPost(Agency agency, string role, string? field = null)
    {
        AgencyUnit? first = null;
        foreach (AgencyUnit unit in agency.Units)
        {
            if (!unit.Staffs(role))
                continue;
            if (field is null || unit.Handles(field))
                return new Post(agency, unit, role);
            first ??= unit;
        }
        if (first is not null)
            return new Post(agency, first, role);
        if (role is RoleCodes.OneStopOfficer or RoleCodes.DeskHead && OneStopDesk(agency) is { } desk)
            return desk.Unit.Staffs(role) ? desk with { Role = role } : null;
        return null;
    }

    /// <summary>
    /// Bộ phận Một cửa — the one-stop desk that receives and returns for <paramref name="agency"/>:
    /// its own desk, else its service centre's (TTPVHCC), else its superior's. The post is the desk's
    /// one-stop officer.
    /// </summary>
    public Post? OneStopDesk(Agency agency)
    {
        Agency? current = agency;
        for (int steps = 0; current is not null && steps <= Agencies.Count; steps++)
        {
            if (current.Units.FirstOrDefault(u => u.Kind == AgencyUnitKind.OneStopDesk) is { } desk)
                return new Post(current, desk, RoleCodes.OneStopOfficer);
            if (current.ServiceCentreEId is not null && FindAgency(current.ServiceCentreEId) is { } centre
                && centre.Units.FirstOrDefault(u => u.Kind == AgencyUnitKind.OneStopDesk) is { } centreDesk)
            {
                return new Post(centre, centreDesk, RoleCodes.OneStopOfficer);
            }
            current = Parent(current);
        }
        return null;
    }

    /// <summary>
    /// Thủ trưởng cơ quan — the head of an agency, who signs its results and its apology letters
    /// (văn bản xin lỗi): the leader in its leadership unit; for a service centre, the head of its
    /// desk; failing both, the head of its superior.
    /// </summary>
    public Post? HeadOfAgency(Agency agency)
    {
        Agency? current = agency;
        for (int steps = 0; current is not null && steps <= Agencies.Count; steps++)
        {
            foreach (AgencyUnitKind kind in (ReadOnlySpan<AgencyUnitKind>)[AgencyUnitKind.Leadership, AgencyUnitKind.OneStopDesk])
            {
                foreach (AgencyUnit unit in current.Units)
                {
                    if (unit.Kind == kind && unit.HeadRole is { } head && unit.Staffs(head))
                        return new Post(current, unit, head);
                }
            }
            current = Parent(current);
        }
        return null;
    }

    /// <summary>
    /// The head of a unit, for escalations (<c>HeadOfUnit</c>): the division's head of division, the
    /// desk's head, or — for units without their own head (văn thư) — the head of the agency.
    /// </summary>
    public Post? HeadOfUnit(Agency agency, AgencyUnit unit) =>
        unit.HeadRole is { } head && unit.Staffs(head) ? new Post(agency, unit, head) : HeadOfAgency(agency);

    /// <summary>Every post (agency × unit × role) in data order; one demo officer per post covers the province.</summary>
    public IEnumerable<Post> AllPosts()
    {
        foreach (Agency agency in Agencies)
        {
            foreach (AgencyUnit unit in agency.Units)
            {
                foreach (string role in unit.Roles)
                    yield return new Post(agency, unit, role);
            }
        }
    }
}
