namespace TthcFlow.Engine.Definitions;

/// <summary>One line of the definitions list.</summary>
public sealed record DefinitionSummary(
    string DefinitionId, string Name, string? ProcedureCode, int LatestVersion, int? PublishedVersion, int[] Versions);

/// <summary>A located finding about a definition, in both languages (lỗi kiểm tra quy trình).</summary>
public sealed record DefinitionIssue(
    string Severity, string Code, string? ActivityId, string? Field, string MessageVi, string MessageEn,
    string? Path = null, long? Line = null, long? Column = null);

/// <summary>Why a definition was refused: unreadable JSON, or validation errors.</summary>
public sealed record DefinitionRejection(string Kind, IReadOnlyList<DefinitionIssue> Issues);

/// <summary>The decision that approves an internal procedure (quyết định phê duyệt quy trình nội bộ).</summary>
public sealed record Approval(string? DecisionNumber, DateOnly? DecisionDate, string ApprovedBy);

/// <summary>Result of an import: stored with its warnings, or rejected and nothing stored.</summary>
public sealed record ImportOutcome(StoredDefinition? Definition, IReadOnlyList<DefinitionIssue> Issues, DefinitionRejection? Rejection)
{
    public static ImportOutcome Stored(StoredDefinition d, IReadOnlyList<DefinitionIssue> issues) => new(d, issues, null);
    public static ImportOutcome Rejected(DefinitionRejection r) => new(null, r.Issues, r);
}

/// <summary>Result of publishing a version.</summary>
public sealed record PublishOutcome(StoredDefinition? Definition, IReadOnlyList<DefinitionIssue> Blockers, bool Found)
{
    public static readonly PublishOutcome NotFound = new(null, [], false);
    public static PublishOutcome Invalid(IReadOnlyList<DefinitionIssue> blockers) => new(null, blockers, true);
    public static PublishOutcome Published(StoredDefinition d) => new(d, [], true);
}
