namespace TthcFlow.Browser.Tests;

/// <summary>The repository (the folder with TthcFlow.sln), its workflows, the shared Elsa samples beside it, and where screenshots go.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Workflows => Path.Combine(Root, "workflows");
    public static string ElsaSamples => Path.GetFullPath(Path.Combine(Root, "..", "shared", "elsa-samples"));
    public static string Screenshots => Path.Combine(Root, "TestResults", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TthcFlow.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("TthcFlow.sln not found above " + AppContext.BaseDirectory);
    }
}
