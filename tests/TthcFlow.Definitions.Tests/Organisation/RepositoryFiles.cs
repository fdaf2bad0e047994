namespace TthcFlow.Definitions.Tests.Organisation;

/// <summary>Finds files of the repository by walking up from the test binaries to the folder holding TthcFlow.sln.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TthcFlow.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("TthcFlow.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));
}
