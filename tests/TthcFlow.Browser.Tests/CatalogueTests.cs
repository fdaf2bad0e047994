using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>The public procedure catalogue (công khai thủ tục hành chính), no sign-in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogueTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task The_catalogue_lists_the_sample_procedures_and_shows_one_with_its_diagram()
    {
        var (page, errors) = await fixture.NewPageAsync();
        await page.GotoAsync("/procedures");
        var rows = page.GetByTestId("catalogue-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=catalogue-row]').length >= 9");
        Assert.True(await rows.CountAsync() >= 9, $"expected the 9 sample procedures, saw {await rows.CountAsync()}");
        var table = page.GetByTestId("catalogue");
        foreach (var name in new[] { "Đăng ký khai sinh", "Đăng ký kết hôn", "Cấp giấy phép xây dựng", "Cấp Phiếu lý lịch tư pháp" })
            await Assertions.Expect(table).ToContainTextAsync(name);
        await Assertions.Expect(table).ToContainTextAsync("Bất kỳ Trung tâm nào");
        await fixture.ScreenshotAsync(page, "catalogue");

        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký khai sinh" }).First.ClickAsync();
        var detail = page.GetByTestId("procedure-detail");
        await Assertions.Expect(detail).ToContainTextAsync("Thành phần hồ sơ");
        await Assertions.Expect(page.GetByTestId("where")).ToContainTextAsync("Trung tâm Phục vụ hành chính công");
        var nodes = page.GetByTestId("diagram").Locator(".react-flow__node");
        await Assertions.Expect(nodes.First).ToBeVisibleAsync();
        Assert.True(await nodes.CountAsync() >= 4);
        await Assertions.Expect(page.Locator("[data-testid='diagram'][data-arranged='true']")).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "catalogue-procedure", fullPage: true);

        await page.GetByTestId("lang-en").ClickAsync();
        await Assertions.Expect(detail).ToContainTextAsync("Required documents");
        await page.GotoAsync("/procedures");
        await Assertions.Expect(page.GetByTestId("catalogue")).ToContainTextAsync("Any centre");
        await fixture.ScreenshotAsync(page, "catalogue-en");
        Assert.Empty(errors);
    }
}
