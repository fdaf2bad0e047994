namespace TthcFlow.Definitions.Organisation;

/// <summary>
/// Vai trò — who acts on a step: a role code as written in a procedure's <c>role</c> input, with its
/// Vietnamese and English names. The organisation data lists the roles it staffs.
/// </summary>
/// <param name="Code">The code procedures use, e.g. <c>Specialist</c>.</param>
/// <param name="Name">Vietnamese name, e.g. <c>Chuyên viên thụ lý</c>.</param>
/// <param name="NameEn">English name.</param>
/// <param name="HandlesDossiers">Whether steps of a procedure may name the role. False for the roles
/// that run the system rather than dossiers: thiết kế quy trình and quản trị hệ thống.</param>
public sealed record Role(string Code, string Name, string NameEn, bool HandlesDossiers = true);

/// <summary>The role codes of docs/definition-format.md.</summary>
public static class RoleCodes
{
    /// <summary>Công chức Bộ phận Một cửa — receives and returns dossiers.</summary>
    public const string OneStopOfficer = "OneStopOfficer";

    /// <summary>Lãnh đạo Trung tâm/Bộ phận Một cửa — head of the one-stop centre or desk.</summary>
    public const string DeskHead = "DeskHead";

    /// <summary>Chuyên viên thụ lý — appraises the dossier and drafts the result.</summary>
    public const string Specialist = "Specialist";

    /// <summary>Lãnh đạo phòng — assigns, checks and initials (ký nháy).</summary>
    public const string DivisionHead = "DivisionHead";

    /// <summary>Lãnh đạo cơ quan / Chủ tịch UBND — signs the result, the apology letter.</summary>
    public const string Leader = "Leader";

    /// <summary>Văn thư — numbers, seals and issues the result (cấp số, đóng dấu, phát hành).</summary>
    public const string Clerk = "Clerk";

    /// <summary>Công chức thiết kế quy trình — drafts, imports and publishes procedure definitions; handles no dossier.</summary>
    public const string ProcessDesigner = "ProcessDesigner";

    /// <summary>Quản trị hệ thống — runs the system (the simulated clock); handles no dossier.</summary>
    public const string Administrator = "Administrator";

    /// <summary>The six codes of dossier steps, in the order a dossier usually meets them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [OneStopOfficer, DeskHead, Specialist, DivisionHead, Leader, Clerk];
}
