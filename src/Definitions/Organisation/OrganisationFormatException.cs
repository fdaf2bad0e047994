namespace TthcFlow.Definitions.Organisation;

/// <summary>One fault in organisation data: where (a JSON path) and what.</summary>
/// <param name="Path">JSON path of the fault, e.g. <c>$.agencies[12].parent</c>.</param>
/// <param name="Reason">What is wrong there.</param>
public sealed record OrganisationDataError(string Path, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}";
}

/// <summary>
/// The organisation data (dữ liệu tổ chức) is invalid. <see cref="Errors"/> lists every fault found,
/// each located by JSON path; nothing is built from invalid data.
/// </summary>
public sealed class OrganisationFormatException : FormatException
{
    /// <summary>Creates the exception from one or more faults.</summary>
    public OrganisationFormatException(IReadOnlyList<OrganisationDataError> errors, Exception? inner = null)
        : base(Describe(errors), inner)
    {
        Errors = errors;
    }

    /// <summary>Every fault found, in document order.</summary>
    public IReadOnlyList<OrganisationDataError> Errors { get; }

    private static string Describe(IReadOnlyList<OrganisationDataError> errors)
    {
        const int shown = 20;
        string head = $"Organisation data has {errors.Count} error(s):";
        IEnumerable<string> lines = errors.Take(shown).Select(e => "  " + e);
        string tail = errors.Count > shown ? $"{Environment.NewLine}  … and {errors.Count - shown} more" : "";
        return head + Environment.NewLine + string.Join(Environment.NewLine, lines) + tail;
    }
}
