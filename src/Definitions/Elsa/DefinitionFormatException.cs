namespace TthcFlow.Definitions.Elsa;

/// <summary>
/// A workflow definition's JSON is malformed or has the wrong shape: not JSON, a repeated
/// property, a missing <c>id</c>, a string where an object belongs. Carries where (JSON path, line,
/// column, both 1-based, the column counted in characters) and why, in Vietnamese and English.
/// </summary>
public sealed class DefinitionFormatException : FormatException
{
    public DefinitionFormatException(string jsonPath, int line, int column, string messageVi, string messageEn)
        : base($"{messageVi} — {messageEn} ({jsonPath}, dòng/line {line}, cột/column {column})")
    {
        JsonPath = jsonPath;
        Line = line;
        Column = column;
        MessageVi = messageVi;
        MessageEn = messageEn;
    }

    /// <summary>Where the problem is, e.g. <c>$.root.activities[2].type</c>.</summary>
    public string JsonPath { get; }

    public int Line { get; }

    public int Column { get; }

    public string MessageVi { get; }

    public string MessageEn { get; }
}
