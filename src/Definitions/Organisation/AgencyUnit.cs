namespace TthcFlow.Definitions.Organisation;

/// <summary>Loại bộ phận — what a unit inside an agency does.</summary>
public enum AgencyUnitKind
{
    /// <summary>Lãnh đạo cơ quan (chủ tịch, giám đốc, trưởng) — signs.</summary>
    Leadership,

    /// <summary>Phòng chuyên môn, bộ phận nghiệp vụ — appraises.</summary>
    Division,

    /// <summary>Bộ phận Một cửa / Bộ phận tiếp nhận và trả kết quả — receives and returns.</summary>
    OneStopDesk,

    /// <summary>Văn thư — numbers, seals and issues.</summary>
    Clerical,
}

/// <summary>
/// Bộ phận, phòng ban — a unit inside an agency where tasks land: a division, the one-stop desk,
/// the leadership or the clerical office. Identified by its <see cref="Code"/> within its agency.
/// </summary>
/// <param name="Code">ASCII code unique within the agency, e.g. <c>kinhte</c>.</param>
/// <param name="Name">Vietnamese name, e.g. <c>Phòng Kinh tế</c>.</param>
/// <param name="Kind">What the unit does.</param>
/// <param name="Roles">The role codes staffed in this unit.</param>
/// <param name="Fields">Procedure fields (lĩnh vực) the unit handles; guides which division a
/// specialist task lands in.</param>
public sealed record AgencyUnit(
    string Code,
    string Name,
    AgencyUnitKind Kind,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Fields)
{
    /// <summary>Whether the unit staffs <paramref name="role"/>.</summary>
    public bool Staffs(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>Whether the unit handles the procedure field <paramref name="field"/>.</summary>
    public bool Handles(string field) => Fields.Contains(field, StringComparer.Ordinal);

    /// <summary>The role that heads a unit of this kind, if the unit has its own head.</summary>
    public string? HeadRole => Kind switch
    {
        AgencyUnitKind.Division => RoleCodes.DivisionHead,
        AgencyUnitKind.OneStopDesk => RoleCodes.DeskHead,
        AgencyUnitKind.Leadership => RoleCodes.Leader,
        _ => null,
    };
}
