using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Compilation;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Engine.Definitions;

/// <summary>
/// Reads and validates a definition against the organisation this engine serves (its roles and
/// agencies). The one place the engine turns text into a checked definition.
/// </summary>
public sealed class DefinitionChecker(ValidationContext context)
{
    /// <summary>The outcome of reading and validating one document.</summary>
    public sealed record Checked(WorkflowDefinition? Definition, IReadOnlyList<DefinitionIssue>? Report, DefinitionRejection? Rejection);

    public Checked Check(string json)
    {
        WorkflowDefinition definition;
        try
        {
            definition = ElsaJson.Read(json);
        }
        catch (DefinitionFormatException e)
        {
            var issue = new DefinitionIssue("Error", "MalformedJson", null, null, e.MessageVi, e.MessageEn, e.JsonPath, e.Line, e.Column);
            return new Checked(null, null, new DefinitionRejection("MalformedJson", [issue]));
        }

        var issues = Validate(definition);
        return issues.Any(i => i.Severity == "Error")
            ? new Checked(definition, issues, new DefinitionRejection("Invalid", issues))
            : new Checked(definition, issues, null);
    }

    public IReadOnlyList<DefinitionIssue> Validate(WorkflowDefinition definition) =>
        DefinitionValidator.Validate(definition, context).Issues.Select(ToIssue).ToList();

    /// <summary>
    /// What stops a stored version from being published: validation errors, and anything the
    /// compiler cannot turn into an executable graph (activities TthcFlow does not execute).
    /// </summary>
    public IReadOnlyList<DefinitionIssue> PublishBlockers(string storedJson)
    {
        var definition = ElsaJson.Read(storedJson);
        var report = DefinitionValidator.Validate(definition, context with { ForPublication = true });
        var blockers = report.Errors.Select(ToIssue).ToList();
        if (blockers.Count > 0) return blockers;
        WorkflowCompiler.Compile(definition, ActivityCatalogue.Default);
        return blockers;
    }

    private static DefinitionIssue ToIssue(ValidationIssue i) =>
        new(i.Severity.ToString(), i.Code, i.ActivityId, i.Field, i.MessageVi, i.MessageEn);
}
