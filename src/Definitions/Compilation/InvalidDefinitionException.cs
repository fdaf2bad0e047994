using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Compilation;

/// <summary>A definition with validation errors cannot be compiled; the report says what and where.</summary>
public sealed class InvalidDefinitionException : Exception
{
    public InvalidDefinitionException(string definitionId, ValidationReport report)
        : base($"Definition '{definitionId}' has {report.Errors.Count()} error(s): "
            + string.Join("; ", report.Errors.Take(5).Select(e => e.ToString())))
    {
        DefinitionId = definitionId;
        Report = report;
    }

    public string DefinitionId { get; }

    public ValidationReport Report { get; }
}
