using System.Net;
using System.Net.Http.Json;
using System.Text;
using TthcFlow.Engine.Tests.Api;

namespace TthcFlow.Engine.Tests.Definitions;

/// <summary>
/// Hồ sơ mới theo phiên bản quy trình đang áp dụng: a dossier is filed under the version published
/// when it is filed. The filing path keeps the published version in memory (it is asked on every
/// filing), so a publication on this node must reach the very next filing, and dossiers filed before
/// keep the version they started under.
/// </summary>
public sealed class PublishedVersionTests
{
    [Fact]
    public async Task The_filing_right_after_a_publication_uses_the_new_version_and_earlier_dossiers_keep_theirs()
    {
        using var world = new ApiWorld();
        using var host = world.Start();
        var designer = await ApiWorld.SignInAsync(host, "thietke.ubndtinh");
        var desk = await ApiWorld.SignInAsync(host, "motcua.hoaphu");

        var before = await ApiWorld.FileBirthAsAsync(desk, "birth-registration");
        var exported = await designer.GetStringAsync("/api/definitions/birth-registration/export");
        var imported = await designer.PostAsync("/api/definitions", new StringContent(exported, Encoding.UTF8, "application/json"));
        int next = (await ApiWorld.JsonAsync(imported, HttpStatusCode.Created))["version"]!.GetValue<int>();
        var publish = await designer.PostAsJsonAsync($"/api/definitions/birth-registration/versions/{next}/publish",
            new { decisionNumber = "45/QĐ-UBND", decisionDate = "2026-03-02", approvedBy = "Chủ tịch UBND tỉnh" });
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var after = await ApiWorld.FileBirthAsAsync(desk, "birth-registration");

        Assert.Equal(next, Version(world, after));
        Assert.Equal(next - 1, Version(world, before));
    }

    private static int Version(ApiWorld world, System.Text.Json.Nodes.JsonNode dossier) =>
        int.Parse(Assert.Single(world.Column($"""SELECT "DefinitionVersion" FROM dossiers WHERE "Id" = {dossier["id"]!.GetValue<long>()}""")));
}
