using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// The leader's dashboard (bảng điều khiển) shows the month's figures of the agency, the outcome bars,
/// the delay list and an Excel export; the public list of apology letters (văn bản xin lỗi) needs no sign-in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task A_leader_sees_the_months_figures_with_a_freshly_received_dossier_and_the_public_sees_the_apology_list()
    {
        using (var desk = await OfficerClient.SignInAsync(fixture.BaseAddress, "motcua.hoaphu"))
            await desk.SubmitAsync("marriage-registration", "Đỗ Thị Hạnh", "066196003344");

        var (page, errors) = await fixture.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await OfficerSession.SignInAsync(page, "lanhdao.hoaphu");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng điều khiển" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bảng điều khiển", Level = 1 })).ToBeVisibleAsync();

        var received = page.GetByTestId("figure-received").Locator("dd");
        await Assertions.Expect(received).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
        Assert.True(int.Parse(await received.InnerTextAsync()) >= 1, "the dossier just received counts in this month");
        await Assertions.Expect(page.GetByTestId("on-time-rate")).ToContainTextAsync("%");

        // The bars: the month runs up to now, so the new dossier is pending within its deadline.
        await Assertions.Expect(page.GetByTestId("outcome-chart")).ToBeVisibleAsync();
        var pendingOnTime = await page.GetByTestId("bar-pendingOnTime").GetAttributeAsync("data-value");
        Assert.True(int.Parse(pendingOnTime!) >= 1, $"pending on time bar: {pendingOnTime}");

        // The delay list renders (a table, or its empty message for a month without delays).
        await Assertions.Expect(page.Locator("[data-testid='delays'], [data-testid='delays-empty']")).ToBeVisibleAsync();

        // "Tải Excel" downloads the month's summary sheet for this officer.
        var href = await page.GetByTestId("dashboard-xlsx").GetAttributeAsync("href");
        Assert.Contains("format=xlsx", href);
        var sheet = await page.Context.APIRequest.GetAsync(new Uri(fixture.BaseAddress, href).ToString());
        Assert.Equal(200, sheet.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.Headers["content-type"]);
        await fixture.ScreenshotAsync(page, "dashboard", fullPage: true);
        await OfficerSession.SignOutAsync(page);

        // The public page, anonymous, from the header.
        await page.GotoAsync("/lookup");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bảng điều khiển" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Văn bản xin lỗi" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/xin-loi$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Văn bản xin lỗi", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='apologies'], [data-testid='apologies-empty']")).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "apologies-public", fullPage: true);
        Assert.Empty(errors);
    }
}
