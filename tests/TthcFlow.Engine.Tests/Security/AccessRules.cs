using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Engine.Tests.Security;

/// <summary>Where an officer sits relative to the dossier under test (received at Hòa Phú's centre, decided by Hòa Phú's committee).</summary>
public enum Scope
{
    /// <summary>Hòa Phú: the receiving centre (desk roles) or the competent committee (the others).</summary>
    Own,

    /// <summary>Another commune (Buôn Ma Thuột), same roles, same kind of units.</summary>
    SameLevel,

    /// <summary>The province: its service centre (desk roles) or the Department of Justice (the others).</summary>
    OtherLevel,

    /// <summary>Nobody signed in.</summary>
    Anonymous,
}

/// <summary>One row of the matrix: a post (role in a scope) and the demo officer holding it; null user for the anonymous caller.</summary>
public sealed record Actor(string Role, Scope Scope, string? UserName, AgencyKind? AgencyKind)
{
    public bool Anonymous => UserName is null;

    public bool Is(Scope scope, params string[] roles) => Scope == scope && roles.Contains(Role);

    public override string ToString() => Anonymous ? "anonymous" : $"{Role}@{Scope}";
}

/// <summary>
/// The access rules, stated from the law and the HTTP contract — not observed from the system.
/// Each predicate says who may do something to the dossier under test, whose current step is the
/// specialist's step of Hòa Phú committee's office (văn phòng).
/// </summary>
public static class AccessRules
{
    /// <summary>Any signed-in officer reads their own lists, agency, colleagues and reports.</summary>
    public static bool AnyOfficer(Actor a) => !a.Anonymous;

    /// <summary>Officers of the agencies that received or decide the dossier, or hold one of its steps, see it.</summary>
    public static bool Involved(Actor a) => a.Scope == Scope.Own;

    /// <summary>The step is acted on by an officer of its agency and unit holding its role (the specialist of the office).</summary>
    public static bool StepOfficer(Actor a) => a.Is(Scope.Own, RoleCodes.Specialist);

    /// <summary>Any officer of the step's unit may foresee it late (the specialist and the head of the office).</summary>
    public static bool StepUnit(Actor a) => a.Is(Scope.Own, RoleCodes.Specialist, RoleCodes.DivisionHead);

    /// <summary>The head of the step's unit dispatches its tasks (phân công lại).</summary>
    public static bool UnitHead(Actor a) => a.Is(Scope.Own, RoleCodes.DivisionHead);

    /// <summary>The head of the agency whose step is late (thủ trưởng cơ quan: the committee's chairman) signs the văn bản xin lỗi.</summary>
    public static bool AgencyHead(Actor a) => a.Is(Scope.Own, RoleCodes.Leader);

    /// <summary>The signing step (trình ký) is the committee leader's; only it has a send-back path.</summary>
    public static bool SigningOfficer(Actor a) => a.Is(Scope.Own, RoleCodes.Leader);

    /// <summary>A leader of the competent agency suspends, resumes and stops the dossier.</summary>
    public static bool CompetentLeader(Actor a) => a.Is(Scope.Own, RoleCodes.Leader);

    /// <summary>A one-stop officer of the receiving desk decides on receipt, records supplements and withdrawals.</summary>
    public static bool ReceivingDesk(Actor a) => a.Is(Scope.Own, RoleCodes.OneStopOfficer);

    /// <summary>A one-stop officer of a commune desk files dossiers there.</summary>
    public static bool CommuneDesk(Actor a) => a.Role == RoleCodes.OneStopOfficer && a.Scope is Scope.Own or Scope.SameLevel;

    /// <summary>Leaders of the province (its People's Committee or its service centre) see every agency's reports.</summary>
    public static bool ProvinceLeader(Actor a) =>
        a.AgencyKind is AgencyKind.ProvincePeoplesCommittee or AgencyKind.ProvinceServiceCentre && a.Role is RoleCodes.Leader or RoleCodes.DeskHead;

    /// <summary>An agency's report is for its own officers (the committee's, here) and the province leaders.</summary>
    public static bool CommitteeOrProvince(Actor a) => a.Is(Scope.Own, RoleCodes.Specialist, RoleCodes.DivisionHead, RoleCodes.Leader, RoleCodes.Clerk) || ProvinceLeader(a);
}
