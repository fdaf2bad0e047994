namespace TthcFlow.Engine.Hosting;

/// <summary>
/// The folder of procedures and reference data (<c>workflows/</c>): calendars, organisation,
/// procedures. Set by <c>TthcFlow:Workflows</c>; by default the copy shipped beside the executable.
/// </summary>
public sealed record WorkflowsFolder(string Path)
{
    public string Procedures => System.IO.Path.Combine(Path, "procedures");
    public string Calendars => System.IO.Path.Combine(Path, "calendars");
    public string Organisation => System.IO.Path.Combine(Path, "organisation");

    public static WorkflowsFolder From(IConfiguration configuration)
    {
        var configured = configuration["TthcFlow:Workflows"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(AppContext.BaseDirectory, "workflows")
            : System.IO.Path.GetFullPath(configured);
        if (!Directory.Exists(path))
            throw new DirectoryNotFoundException($"The workflows folder '{path}' does not exist (TthcFlow:Workflows).");
        return new WorkflowsFolder(path);
    }
}
