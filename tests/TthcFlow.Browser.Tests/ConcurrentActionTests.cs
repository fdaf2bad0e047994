using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// Two hands on one dossier: the page an officer has open goes stale when the dossier changes
/// elsewhere; acting on it is refused (If-Match), the officer is told someone acted first, the
/// page reloads, and the action then goes through on the fresh dossier.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConcurrentActionTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task A_stale_page_is_told_someone_acted_first_and_reloads()
    {
        using var desk = await OfficerClient.SignInAsync(fixture.BaseAddress, "motcua.hoaphu");
        var summary = await desk.SubmitAsync("birth-registration", "Đỗ Thị Hoa", "066190003344");
        var id = summary["id"]!.ToString();

        var (page, errors) = await fixture.NewPageAsync();
        await page.GotoAsync($"/dossiers/{id}");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sign-in\\?next="));
        await OfficerSession.SignInAsync(page, "chuyenvien.hoaphu");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/dossiers/{id}$"));
        await Assertions.Expect(page.GetByTestId("claim")).ToBeVisibleAsync();

        // Elsewhere (another tab, the same officer) the step is taken: the open page's version is now stale.
        using var elsewhere = await OfficerClient.SignInAsync(fixture.BaseAddress, "chuyenvien.hoaphu");
        var (detail, etag) = await elsewhere.DossierAsync(id);
        var step = detail["trackingSheet"]!.AsArray().Single(r => (string?)r!["result"] == "Pending");
        Assert.Equal(HttpStatusCode.OK, await elsewhere.ActAsync($"/api/tasks/{step!["taskId"]}/claim", new { }, etag));

        await page.GetByTestId("outcome-Approved").ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-error")).ToContainTextAsync("Cán bộ khác đã xử lý hồ sơ này trước bạn");
        await Assertions.Expect(page.GetByTestId("claim")).ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(page, "dossier-conflict");
        Assert.Equal("4", await page.GetByTestId("dossier").GetAttributeAsync("data-status"));

        await page.GetByTestId("outcome-Approved").ClickAsync();
        await Assertions.Expect(page.GetByTestId("live-step")).ToContainTextAsync("Ký Giấy khai sinh");
        await Assertions.Expect(page.GetByTestId("action-error")).ToHaveCountAsync(0);
        Assert.Empty(errors);
    }
}
