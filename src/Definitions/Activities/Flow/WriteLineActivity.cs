using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Activities;

/// <summary><c>Elsa.WriteLine</c>: writes a line of text to the workflow's log (ghi nhật ký).</summary>
public sealed class WriteLineActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.WriteLine,
        DisplayName = new("Ghi một dòng", "Write line"),
        Category = "Primitives",
        Description = new("Ghi một dòng văn bản vào nhật ký của quy trình.", "Writes a line of text to the workflow's log."),
        Inputs = [new("text", "String", InputEditor.Expression, false, null, new("Nội dung", "Text"))],
        Outcomes = ["Done"],
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) =>
        new WriteLineSettings(context.Expression("text"));
}

/// <summary>The text to write.</summary>
public sealed record WriteLineSettings(Expression? Text) : ActivitySettings;
