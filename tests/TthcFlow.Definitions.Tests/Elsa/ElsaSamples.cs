namespace TthcFlow.Definitions.Tests.Elsa;

/// <summary>The Elsa 3 sample definitions kept beside the repository, in the shared folder.</summary>
public static class ElsaSamples
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TthcFlow.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "elsa-samples"));
        }

        throw new DirectoryNotFoundException("TthcFlow.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>File names of every sample, for [MemberData].</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder.Value, "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder.Value, name));
}
