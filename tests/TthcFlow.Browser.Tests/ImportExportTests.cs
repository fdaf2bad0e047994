using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>An Elsa 3 export opens in the designer and goes back out meaning the same, before and after saving it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportExportTests(BrowserFixture fixture)
{
    [BrowserTheory]
    [InlineData("fork-decision-join-waitall.json")]
    [InlineData("implicit-loop-legacy-3.0-format.json")]
    public async Task Imports_an_Elsa_sample_and_exports_it_back(string sample)
    {
        var (page, errors) = await fixture.NewPageAsync();
        var path = Path.Combine(RepoPaths.ElsaSamples, sample);
        var original = ElsaSemantics.Normalize(await File.ReadAllTextAsync(path));
        var activityCount = original["root"]!["activities"]!.AsArray().Count;

        await ProcedureDrawing.OpenAsDesignerAsync(page);
        await page.GetByTestId("import-file").SetInputFilesAsync(path);
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync(sample);
        await Assertions.Expect(page.Locator(".react-flow__node")).ToHaveCountAsync(activityCount);
        await Assertions.Expect(page.GetByTestId("validity")).Not.ToHaveTextAsync("Đang kiểm tra…");
        await fixture.ScreenshotAsync(page, "designer-import-" + Path.GetFileNameWithoutExtension(sample));

        var exported = await ExportAsync(page);
        Assert.True(JsonNode.DeepEquals(original, ElsaSemantics.Normalize(exported)), $"{sample}: the export differs from the file\n{exported}");

        // Saved through the API, reloaded from the server, exported again: still the same workflow.
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("Đã lưu phiên bản");
        await Assertions.Expect(page.GetByTestId("dirty")).ToHaveCountAsync(0);
        var reloaded = ElsaSemantics.Normalize(await ExportAsync(page));
        foreach (var key in new[] { "version", "isLatest", "isPublished", "id" })
        {
            reloaded.AsObject().Remove(key);
            original.AsObject().Remove(key);
        }
        Assert.True(JsonNode.DeepEquals(original, reloaded), $"{sample}: the saved version differs from the file");
        Assert.Empty(errors);
    }

    private static async Task<string> ExportAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Xuất tệp" }).ClickAsync());
        var file = await download.PathAsync();
        return await File.ReadAllTextAsync(file);
    }
}
