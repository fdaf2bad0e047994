using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// The whole life of a procedure, in the browser: the province's process designer draws a new one
/// from an empty canvas and publishes it; the one-stop desk of Hòa Phú receives a dossier for it;
/// the specialist, the commune leader and the desk each complete their step from the inbox; and
/// the commune leader's dashboard counts the dossier resolved on time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProcedureLifecycleTests(BrowserFixture fixture)
{
    private const string Desk = "motcua.hoaphu";
    private const string Specialist = "chuyenvien.kinhte.hoaphu";
    private const string Leader = "lanhdao.hoaphu";
    private const string ProcedureName = "Đăng ký hộ kinh doanh (quy trình mới)";

    [BrowserFact]
    public async Task A_procedure_drawn_and_published_in_the_designer_takes_a_dossier_from_the_desk_to_its_return_and_onto_the_dashboard()
    {
        var (page, errors) = await fixture.NewPageAsync();
        var definitionId = $"hkd-moi-{Guid.NewGuid():N}"[..16];
        var resolvedOnTimeBefore = await ResolvedOnTimeAsync();

        // The designer draws and publishes.
        await ProcedureDrawing.OpenAsDesignerAsync(page);
        await fixture.ScreenshotAsync(page, "lifecycle-1-designer-empty");
        await ProcedureDrawing.DrawAsync(fixture, page, definitionId, ProcedureName);
        await ProcedureDrawing.LayOutAsync(page);
        await fixture.ScreenshotAsync(page, "lifecycle-2-designer-drawn");
        await ProcedureDrawing.PublishAsync(fixture, page);
        await fixture.ScreenshotAsync(page, "lifecycle-3-designer-published");
        await OfficerSession.SignOutAsync(page);

        // The one-stop desk receives a dossier for the new procedure.
        await OfficerSession.SignInAsync(page, Desk);
        await page.GotoAsync("/desk");
        await page.Locator($"#procedure option[value='{definitionId}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#procedure").SelectOptionAsync(definitionId);
        await page.Locator("#applicant-name").FillAsync("Hồ Thị Thu Trang");
        await page.Locator("#applicant-idNumber").FillAsync("0661" + Random.Shared.NextInt64(10_000_000, 100_000_000));
        await page.Locator("#applicant-phone").FillAsync("0905777888");
        await page.Locator("#applicant-address").FillAsync("Thôn 5, xã Hòa Phú, tỉnh Đắk Lắk");
        await page.Locator("#request-content").FillAsync("Đăng ký thành lập hộ kinh doanh tạp hóa Thu Trang");
        await fixture.ScreenshotAsync(page, "lifecycle-4-desk-receive", fullPage: true);
        await page.GetByTestId("receive-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("slip")).ToContainTextAsync("3 ngày làm việc");
        var code = (await page.GetByTestId("slip-code").InnerTextAsync()).Trim();
        await fixture.ScreenshotAsync(page, "lifecycle-5-appointment-slip", fullPage: true);
        await OfficerSession.SignOutAsync(page);

        // Each officer in turn completes their step from the inbox.
        await CompleteFromInboxAsync(page, Specialist, "NewlyReceived", code, "Thẩm định hồ sơ", "lifecycle-6-specialist");
        await Assertions.Expect(page.GetByTestId("live-step")).ToContainTextAsync("Phê duyệt");
        await OfficerSession.SignOutAsync(page);
        await CompleteFromInboxAsync(page, Leader, "InProcess", code, "Phê duyệt, ký Giấy chứng nhận", "lifecycle-7-leader");
        await Assertions.Expect(page.GetByTestId("live-step")).ToContainTextAsync("Trả kết quả");
        await OfficerSession.SignOutAsync(page);
        await CompleteFromInboxAsync(page, Desk, "WaitingToReturn", code, "Trả kết quả", "lifecycle-8-desk-return");
        await Assertions.Expect(page.GetByTestId("dossier-status")).ToContainTextAsync("Đã trả kết quả");
        await Assertions.Expect(page.Locator("[data-testid='tracking-row'][data-result='Pending']")).ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(page, "lifecycle-9-returned", fullPage: true);
        await OfficerSession.SignOutAsync(page);

        // The commune leader's dashboard counts it, resolved on time.
        await OfficerSession.SignInAsync(page, Leader);
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng điều khiển" }).ClickAsync();
        var onTimeBar = page.GetByTestId("bar-resolvedOnTime");
        await Assertions.Expect(onTimeBar).ToHaveAttributeAsync("data-value", (resolvedOnTimeBefore + 1).ToString());
        await Assertions.Expect(page.GetByTestId("trend")).ToHaveAttributeAsync("data-loaded", "true");
        await Assertions.Expect(page.GetByTestId("trend-chart")).ToHaveAttributeAsync("data-ready", "true");
        await fixture.ScreenshotAsync(page, "lifecycle-10-dashboard", fullPage: true);
        Assert.Empty(errors);
    }

    /// <summary>Signs in, opens the dossier from the list, takes the step if nobody has, completes it with its one outcome (still signed in after).</summary>
    private async Task CompleteFromInboxAsync(IPage page, string officer, string list, string code, string step, string screenshot)
    {
        await OfficerSession.SignInAsync(page, officer);
        await page.GotoAsync($"/inbox?list={list}");
        var row = page.Locator($"[data-testid='inbox-row'][data-code='{code}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByTestId("dossier-code")).ToHaveTextAsync(code);
        await Assertions.Expect(page.GetByTestId("live-step")).ToContainTextAsync(step);
        await Assertions.Expect(page.GetByTestId("step-actions")).ToBeVisibleAsync();
        if (await page.GetByTestId("claim").CountAsync() > 0)
        {
            await page.GetByTestId("claim").ClickAsync();
            await Assertions.Expect(page.GetByTestId("claim")).ToHaveCountAsync(0);
        }
        await fixture.ScreenshotAsync(page, screenshot, fullPage: true);
        await page.GetByTestId("outcome-Done").ClickAsync();
        await Assertions.Expect(page.GetByTestId("step-actions")).ToHaveCountAsync(0);
    }

    /// <summary>The leader's current-month count of dossiers resolved on time, from the reports API (their agency).</summary>
    private async Task<int> ResolvedOnTimeAsync()
    {
        using var leader = await OfficerClient.SignInAsync(fixture.BaseAddress, Leader);
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        var from = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, now.Offset);
        var summary = await leader.GetAsync($"/api/reports/summary?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(now.AddMinutes(1).ToString("O"))}");
        return (int)summary["resolvedOnTime"]!;
    }
}
