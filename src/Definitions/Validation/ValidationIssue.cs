namespace TthcFlow.Definitions.Validation;

/// <summary>How serious a validation issue is: an error blocks compiling and publishing.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in a definition, located by activity and input (field), with a stable code
/// for programs and a message in Vietnamese and English for people.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable identifier, e.g. <c>DanglingConnection</c> (see <see cref="IssueCodes"/>).</param>
/// <param name="ActivityId">The activity concerned, if any.</param>
/// <param name="Field">The input or property concerned, if any.</param>
/// <param name="MessageVi">The message in Vietnamese.</param>
/// <param name="MessageEn">The message in English.</param>
public sealed record ValidationIssue(
    Severity Severity,
    string Code,
    string? ActivityId,
    string? Field,
    string MessageVi,
    string MessageEn)
{
    public override string ToString() =>
        $"{Severity} {Code}{(ActivityId is null ? "" : $" [{ActivityId}{(Field is null ? "" : "." + Field)}]")}: {MessageEn}";
}

/// <summary>The outcome of validating a definition.</summary>
public sealed record ValidationReport(IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>True when there is no error (warnings allowed).</summary>
    public bool IsValid => !Issues.Any(i => i.Severity == Severity.Error);

    public IEnumerable<ValidationIssue> Errors => Issues.Where(i => i.Severity == Severity.Error);

    public IEnumerable<ValidationIssue> Warnings => Issues.Where(i => i.Severity == Severity.Warning);
}
