using TthcFlow.Engine.Hosting;

namespace TthcFlow.Engine.Definitions;

/// <summary>A definition issue as the API shows it: the message in the request's language, and where.</summary>
public sealed record IssueView(
    string Severity, string Code, string? ActivityId, string? Field, string Message, string MessageVi, string MessageEn,
    string? Path, long? Line, long? Column)
{
    /// <summary>"[activity].field: message" — the one-line form used in ProblemDetails' detail.</summary>
    public string Located =>
        (ActivityId is null ? "" : $"[{ActivityId}]") + (Field is null ? "" : $".{Field}") +
        (Path is null ? "" : $" {Path} (line {Line}, col {Column})") + (ActivityId is null && Field is null && Path is null ? "" : ": ") + Message;

    public static IssueView From(DefinitionIssue i, HttpContext http) =>
        new(i.Severity, i.Code, i.ActivityId, i.Field, RequestLanguage.Pick(http, i.MessageVi, i.MessageEn),
            i.MessageVi, i.MessageEn, i.Path, i.Line, i.Column);
}
