using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Engine.Tests.Organisation;

/// <summary>The demo province and its files, found by walking up to the folder holding TthcFlow.sln.</summary>
internal static class DemoOrganisation
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

    private static readonly Lazy<OrganisationModel> Model =
        new(() => OrganisationModel.Parse(File.ReadAllText(Path.Combine(RootPath.Value, "workflows", "organisation", "daklak.json"))));

    public static OrganisationModel Organisation => Model.Value;

    public static string ProceduresFolder => Path.Combine(RootPath.Value, "workflows", "procedures");
}
