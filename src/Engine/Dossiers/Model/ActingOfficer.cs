namespace TthcFlow.Engine.Dossiers.Model;

/// <summary>
/// Cán bộ thực hiện — the officer on whose behalf a command runs, as the API authenticated them:
/// user name, full name, the agency (e-ID) and unit they sit in, and the roles they hold there.
/// Commands decide authority from this and nothing else.
/// </summary>
public sealed record ActingOfficer(string UserName, string FullName, string AgencyEId, string UnitCode, IReadOnlyList<string> Roles)
{
    public bool Holds(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool SitsIn(string agencyEId, string unitCode) =>
        string.Equals(AgencyEId, agencyEId, StringComparison.Ordinal) && string.Equals(UnitCode, unitCode, StringComparison.Ordinal);
}
