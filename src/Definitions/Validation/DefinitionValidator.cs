using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Compilation;
using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Validation;

/// <summary>
/// Checks a definition (kiểm tra quy trình) and locates every problem by activity and input:
/// repeated ids, dangling connections and unknown ports, activity types TthcFlow does not know,
/// unreachable activities, loops with no way out, missing or invalid inputs, roles and agencies the
/// organisation does not have, allotments beyond the legal time limit, and missing procedure
/// metadata or one-stop steps. Errors block compiling; warnings do not.
/// </summary>
public static class DefinitionValidator
{
    /// <summary>Validates against the default activity catalogue.</summary>
    public static ValidationReport Validate(WorkflowDefinition definition, ValidationContext context) =>
        Validate(definition, context, ActivityCatalogue.Default);

    public static ValidationReport Validate(WorkflowDefinition definition, ValidationContext context, ActivityCatalogue catalogue) =>
        Analyse(definition, context, catalogue).Report;

    internal static (GraphAnalysis Analysis, ValidationReport Report) Analyse(
        WorkflowDefinition definition, ValidationContext context, ActivityCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalogue);
        var analysis = GraphAnalysis.Run(definition, catalogue, context);
        ProcedureRules.Check(analysis);
        return (analysis, new ValidationReport(analysis.Issues.ToList()));
    }
}
