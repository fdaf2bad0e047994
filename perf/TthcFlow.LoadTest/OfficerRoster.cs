using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Organisation;

namespace TthcFlow.LoadTest;

/// <summary>Cán bộ, công chức — the province's demo officers, found by the post a task or an apology lands on, as the API would pass them to a command.</summary>
public sealed class OfficerRoster
{
    private readonly Dictionary<(string Agency, string Unit, string Role), ActingOfficer> _byPost = [];
    private readonly Dictionary<(string Agency, string Role), ActingOfficer> _byRole = [];

    public OfficerRoster(OrganisationModel organisation)
    {
        foreach (var o in DemoOfficers.Generate(organisation))
        {
            var acting = new ActingOfficer(o.Username, o.FullName, o.AgencyEId, o.UnitCode, [o.Role]);
            _byPost.TryAdd((o.AgencyEId, o.UnitCode, o.Role), acting);
            _byRole.TryAdd((o.AgencyEId, o.Role), acting);
        }
    }

    /// <summary>The officer holding <paramref name="role"/> in the unit (any unit of the agency when none is named).</summary>
    /// <exception cref="InvalidOperationException">Nobody holds that post: the organisation and the demo roster disagree.</exception>
    public ActingOfficer For(string agencyEId, string role, string? unitCode = null) =>
        (unitCode is not null ? _byPost.GetValueOrDefault((agencyEId, unitCode, role)) : null)
        ?? _byRole.GetValueOrDefault((agencyEId, role))
        ?? throw new InvalidOperationException($"No demo officer holds {role} at {agencyEId}/{unitCode}.");
}
