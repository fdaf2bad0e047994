using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// The leader's dashboard (bảng điều khiển) shows the month's figures of the agency, the outcome bars,
/// the 12-month trend, late steps and apologies by unit, the delay list and an Excel export; a
/// province leader picks the scope (province, commune, department) and every figure follows; the
/// public list of apology letters (văn bản xin lỗi) needs no sign-in.
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

        // The trend covers 12 months, this month last, with the new dossier received in it; the unit chart renders.
        var trend = page.GetByTestId("trend");
        await Assertions.Expect(trend).ToHaveAttributeAsync("data-loaded", "true");
        Assert.Equal("12", await trend.GetAttributeAsync("data-months"));
        Assert.True(int.Parse((await trend.GetAttributeAsync("data-received"))!.Split(',')[^1]) >= 1);
        await Assertions.Expect(page.GetByTestId("trend-chart")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.GetByTestId("trend-chart").Locator("svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='units-chart'], [data-testid='units-empty']")).ToBeVisibleAsync();

        // A commune leader may not look at the whole province: the API's refusal is shown.
        await page.GetByTestId("scope-kind").SelectOptionAsync("Province");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("cơ quan");
        await page.GetByTestId("scope-kind").SelectOptionAsync("");

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

    [BrowserFact]
    public async Task A_province_leader_picks_the_province_a_commune_or_a_department_and_every_figure_follows()
    {
        using (var desk = await OfficerClient.SignInAsync(fixture.BaseAddress, "motcua.hoaphu"))
            await desk.SubmitAsync("marriage-registration", "Lý Văn Phúc", "066197005566");

        var (page, errors) = await fixture.NewPageAsync();
        await OfficerSession.SignInAsync(page, "lanhdao.ubndtinh");
        await page.GotoAsync("/dashboard");
        var lead = page.Locator(".dashboard .lead");
        var received = page.GetByTestId("figure-received").Locator("dd");
        var trend = page.GetByTestId("trend");
        await Assertions.Expect(lead).ToContainTextAsync("Đắk Lắk");
        await Assertions.Expect(trend).ToHaveAttributeAsync("data-loaded", "true");
        var province = int.Parse(await received.InnerTextAsync());

        // Hòa Phú: its dossiers only, in the figures, the trend and the Excel link.
        await page.GetByTestId("scope-kind").SelectOptionAsync("Commune");
        await page.GetByTestId("scope-code").SelectOptionAsync("24175");
        await Assertions.Expect(lead).ToContainTextAsync("Hòa Phú");
        await Assertions.Expect(trend).ToHaveAttributeAsync("data-loaded", "true");
        var commune = int.Parse(await received.InnerTextAsync());
        Assert.InRange(commune, 1, province);
        Assert.Equal(commune, int.Parse((await trend.GetAttributeAsync("data-received"))!.Split(',')[^1]));
        var href = await page.GetByTestId("dashboard-xlsx").GetAttributeAsync("href");
        Assert.Contains("scope=Commune", href);
        Assert.Contains("code=24175", href);
        await Assertions.Expect(page.GetByTestId("trend-chart")).ToHaveAttributeAsync("data-ready", "true");
        await fixture.ScreenshotAsync(page, "dashboard-commune", fullPage: true);

        // A department that received nothing at Hòa Phú's desk this month: Sở Xây dựng.
        await page.GetByTestId("scope-kind").SelectOptionAsync("Agency");
        await page.GetByTestId("scope-code").SelectOptionAsync("000.00.11.H15");
        await Assertions.Expect(lead).ToContainTextAsync("Sở Xây dựng");
        await Assertions.Expect(trend).ToHaveAttributeAsync("data-loaded", "true");
        Assert.True(int.Parse(await received.InnerTextAsync()) <= province);
        await fixture.ScreenshotAsync(page, "dashboard-department", fullPage: true);
        Assert.Empty(errors);
    }
}
