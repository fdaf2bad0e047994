namespace TthcFlow.Engine.Tests.Hosting;

/// <summary>Locates the repository (the folder with TthcFlow.sln) and the shared reference folder beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Workflows => Path.Combine(Root, "workflows");
    public static string ElsaSamples => Path.GetFullPath(Path.Combine(Root, "..", "shared", "elsa-samples"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TthcFlow.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("TthcFlow.sln not found above " + AppContext.BaseDirectory);
    }
}
