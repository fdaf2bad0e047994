using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// The other actions on a dossier's page: the desk's decision on an online dossier (ask for
/// supplements, record them, accept), and a leader sending a step back with a reason.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DossierActionTests(BrowserFixture fixture)
{
    private const string Centre = "001.01.70.H15";

    [BrowserFact]
    public async Task The_desk_asks_an_online_dossier_for_supplements_records_them_and_accepts_it()
    {
        var code = await OfficerClient.FileOnlineAsync(fixture.BaseAddress, "birth-registration", Centre, "Vũ Thị Lan", "066193005566");
        var (page, errors) = await fixture.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await OfficerSession.SignInAsync(page, "motcua.hoaphu");
        await page.GotoAsync("/inbox?list=AwaitingOnlineReceipt");
        await Assertions.Expect(page.GetByTestId("count-AwaitingOnlineReceipt")).Not.ToHaveTextAsync("0");
        var row = page.Locator($"[data-testid='inbox-row'][data-code='{code}']");
        await Assertions.Expect(row).ToContainTextAsync("Trực tuyến");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        var status = page.GetByTestId("dossier-status");
        await Assertions.Expect(status).ToContainTextAsync("1 — Mới đăng ký");
        var decision = page.GetByTestId("receipt-decision");
        await decision.GetByLabel("Yêu cầu bổ sung").CheckAsync();
        await Assertions.Expect(page.GetByTestId("receipt-submit")).ToBeDisabledAsync();
        await decision.GetByLabel("Các giấy tờ cần bổ sung").FillAsync("Bản chính Giấy chứng sinh (bản chụp chưa rõ nét)");
        await fixture.ScreenshotAsync(page, "dossier-online-receipt", fullPage: true);
        await page.GetByTestId("receipt-submit").ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("5 — Chờ bổ sung");
        await Assertions.Expect(page.GetByTestId("supplements")).ToContainTextAsync("Bản chính Giấy chứng sinh");
        await Assertions.Expect(page.GetByTestId("supplements")).ToContainTextAsync("Chưa bổ sung");

        await page.GetByTestId("supplement-received").ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("1 — Mới đăng ký");
        await Assertions.Expect(page.GetByTestId("supplements")).ToContainTextAsync("Đã bổ sung lúc");
        await page.GetByTestId("receipt-submit").ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("2 — Đã tiếp nhận");
        await Assertions.Expect(page.GetByTestId("receipt-decision")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("slip-link")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("appointment")).Not.ToHaveTextAsync("—");

        // The same page in English.
        await page.GetByTestId("lang-en").ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("2 — Received");
        await Assertions.Expect(page.GetByTestId("tracking-sheet")).ToContainTextAsync("Handed over");
        await fixture.ScreenshotAsync(page, "dossier-accepted-en", fullPage: true);
        await page.GetByTestId("lang-vi").ClickAsync();
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_leader_sends_the_dossier_back_to_the_specialist_with_a_reason()
    {
        string id;
        using (var desk = await OfficerClient.SignInAsync(fixture.BaseAddress, "motcua.hoaphu"))
            id = (await desk.SubmitAsync("birth-registration", "Hoàng Văn Nam", "066187009900"))["id"]!.ToString();
        using (var specialist = await OfficerClient.SignInAsync(fixture.BaseAddress, "chuyenvien.hoaphu"))
            await specialist.CompleteLiveStepAsync(id, "Approved");

        var (page, errors) = await fixture.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await OfficerSession.SignInAsync(page, "lanhdao.hoaphu");
        await page.GotoAsync($"/dossiers/{id}");
        await Assertions.Expect(page.GetByTestId("live-step")).ToContainTextAsync("Ký Giấy khai sinh");
        var actions = page.GetByTestId("step-actions");
        await actions.GetByRole(AriaRole.Tab, new() { Name = "Trả lại" }).ClickAsync();
        var send = actions.GetByRole(AriaRole.Button, new() { Name = "Trả lại bước trước" });
        await Assertions.Expect(send).ToBeDisabledAsync();
        await page.GetByTestId("send-back-reason").FillAsync("Sai ngày sinh trên dự thảo Giấy khai sinh, đề nghị kiểm tra lại.");
        await send.ClickAsync();

        await Assertions.Expect(page.GetByTestId("live-step")).ToContainTextAsync("Kiểm tra hồ sơ, ghi Sổ đăng ký khai sinh");
        await Assertions.Expect(page.GetByTestId("step-actions")).ToHaveCountAsync(0);
        var signRow = page.Locator("[data-testid='tracking-row']", new() { HasText = "Ký Giấy khai sinh" });
        await Assertions.Expect(signRow).ToContainTextAsync("Sai ngày sinh");
        await Assertions.Expect(signRow).ToContainTextAsync("Trả lại");
        await fixture.ScreenshotAsync(page, "dossier-sent-back", fullPage: true);
        Assert.Empty(errors);
    }
}
