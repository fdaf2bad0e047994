using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// A birth registration (đăng ký khai sinh) from the one-stop desk to its return, in the browser:
/// the one-stop officer receives it and prints the appointment slip; the specialist finds it in the
/// inbox and appraises it; the commune leader signs; the desk returns the result; and the public
/// status look-up, with the code and the applicant's ID number, shows it returned.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DossierJourneyTests(BrowserFixture fixture)
{
    private const string Desk = "motcua.hoaphu";
    private const string Specialist = "chuyenvien.hoaphu";
    private const string Leader = "lanhdao.hoaphu";

    [GeneratedRegex(@"^[0-9A-Z.]+-\d{6}-\d{4,}$")]
    private static partial Regex DossierCode();

    [BrowserFact]
    public async Task A_dossier_goes_from_the_desk_through_specialist_and_leader_back_to_the_desk_and_the_public_sees_it_returned()
    {
        var (page, errors) = await fixture.NewPageAsync();
        var idNumber = "0661" + Random.Shared.NextInt64(10_000_000, 100_000_000);

        // Officer pages send a signed-out visitor to the sign-in page; a wrong password is refused.
        await page.GotoAsync("/inbox");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sign-in"));
        await fixture.ScreenshotAsync(page, "sign-in");
        await page.Locator("#userName").FillAsync(Desk);
        await page.Locator("#password").FillAsync("sai-mat-khau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToContainTextAsync("không đúng");

        // The one-stop officer receives the dossier and prints the appointment slip.
        await OfficerSession.SignInAsync(page, Desk);
        await Assertions.Expect(page.GetByTestId("session")).ToContainTextAsync("Hòa Phú");
        var deskOfficer = await page.GetByTestId("session-name").InnerTextAsync();
        await page.GotoAsync("/desk");
        await page.Locator("#procedure").SelectOptionAsync("birth-registration");
        // The procedure's required documents are listed, received and digitised by default.
        await Assertions.Expect(page.GetByTestId("desk-documents").GetByLabel("Đã nhận: Giấy chứng sinh")).ToBeCheckedAsync();
        await page.Locator("#applicant-name").FillAsync("Nguyễn Văn An");
        await page.Locator("#applicant-idNumber").FillAsync(idNumber);
        await page.Locator("#applicant-phone").FillAsync("0905123456");
        await page.Locator("#applicant-address").FillAsync("Thôn 3, xã Hòa Phú, tỉnh Đắk Lắk");
        await page.Locator("#request-content").FillAsync("Đăng ký khai sinh cho con: Nguyễn Minh Khôi");
        await fixture.ScreenshotAsync(page, "desk-receive", fullPage: true);
        await page.GetByTestId("receive-submit").ClickAsync();

        var slip = page.GetByTestId("slip");
        await Assertions.Expect(slip).ToContainTextAsync("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", new() { IgnoreCase = true });
        var code = (await page.GetByTestId("slip-code").InnerTextAsync()).Trim();
        Assert.Matches(DossierCode(), code);
        await Assertions.Expect(slip).ToContainTextAsync("Nguyễn Văn An");
        await Assertions.Expect(slip).ToContainTextAsync(idNumber);
        await Assertions.Expect(slip).ToContainTextAsync("Giấy chứng sinh");
        await Assertions.Expect(page.GetByTestId("slip-return")).ToContainTextAsync("giờ");
        await fixture.ScreenshotAsync(page, "appointment-slip", fullPage: true);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".app-header")).ToBeHiddenAsync();
        await fixture.ScreenshotAsync(page, "appointment-slip-print", fullPage: true);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await OfficerSession.SignOutAsync(page);

        // Other dossiers of the same division, so the inbox shows a working day's lists.
        using (var desk = await OfficerClient.SignInAsync(fixture.BaseAddress, Desk))
        {
            await desk.SubmitAsync("marriage-registration", "Trần Thị Bích Ngọc", "066195001234");
            await desk.SubmitAsync("birth-registration", "Lê Văn Hùng", "066188004321");
            await desk.SubmitAsync("marriage-registration", "Phạm Minh Tuấn", "066192007788");
        }

        // The specialist finds it among the newly received dossiers and appraises it.
        await OfficerSession.SignInAsync(page, Specialist);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/inbox"));
        await Assertions.Expect(page.GetByTestId("session-name")).Not.ToHaveTextAsync(deskOfficer);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận hồ sơ" })).ToHaveCountAsync(0);
        await page.GetByTestId("list-NewlyReceived").ClickAsync();
        var row = page.Locator($"[data-testid='inbox-row'][data-code='{code}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("[data-due]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("count-NewlyReceived")).Not.ToHaveTextAsync("0");
        Assert.True(await page.GetByTestId("inbox-row").CountAsync() >= 3);
        // A step just opened is not late. Its allotment fits in the near-due window, so during office hours
        // (this server runs on the real clock) it is near due from the start, and on time outside them.
        await Assertions.Expect(page.Locator("[data-testid='inbox-row']:has-text('Phạm Minh Tuấn') [data-due]"))
            .ToHaveAttributeAsync("data-due", new Regex("^(OnTime|NearDue)$"));
        await fixture.ScreenshotAsync(page, "inbox");
        var procedureFilter = page.GetByLabel("Thủ tục", new() { Exact = true });
        await procedureFilter.SelectOptionAsync("marriage-registration");
        await Assertions.Expect(page.GetByTestId("inbox-row")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid='inbox-row']:has-text('Đăng ký khai sinh')")).ToHaveCountAsync(0);
        await procedureFilter.SelectOptionAsync("");
        await page.GetByTestId("inbox-search").FillAsync(code);
        await page.GetByTestId("inbox-search").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("inbox-row")).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page.GetByTestId("dossier-code")).ToHaveTextAsync(code);
        await Assertions.Expect(page.GetByTestId("documents")).ToContainTextAsync("Giấy chứng sinh");
        await Assertions.Expect(page.GetByTestId("tracking-sheet")).ToContainTextAsync("Tiếp nhận");
        await page.GetByTestId("claim").ClickAsync();
        await Assertions.Expect(page.GetByTestId("claim")).ToHaveCountAsync(0);
        await page.GetByTestId("comment").FillAsync("Hồ sơ hợp lệ, đủ điều kiện đăng ký khai sinh; đã ghi Sổ đăng ký khai sinh.");
        await fixture.ScreenshotAsync(page, "dossier-specialist", fullPage: true);
        await page.GetByTestId("outcome-Approved").ClickAsync();
        await Assertions.Expect(page.GetByTestId("live-step")).ToContainTextAsync("Ký Giấy khai sinh");
        await Assertions.Expect(page.GetByTestId("step-actions")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("tracking-sheet")).ToContainTextAsync("Hồ sơ hợp lệ");
        await OfficerSession.SignOutAsync(page);

        // The leader signs.
        await OfficerSession.SignInAsync(page, Leader);
        await page.GetByTestId("list-InProcess").ClickAsync();
        await page.Locator($"[data-testid='inbox-row'][data-code='{code}']").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByTestId("live-step")).ToContainTextAsync("Ký Giấy khai sinh");
        await page.GetByTestId("outcome-Signed").ClickAsync();
        await Assertions.Expect(page.GetByTestId("live-step")).ToContainTextAsync("Trả Giấy khai sinh");
        await fixture.ScreenshotAsync(page, "dossier-leader", fullPage: true);
        await OfficerSession.SignOutAsync(page);

        // Back at the desk: the result is handed to the applicant.
        await OfficerSession.SignInAsync(page, Desk);
        await page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ cần xử lý" }).ClickAsync();
        await page.GetByTestId("list-WaitingToReturn").ClickAsync();
        await page.Locator($"[data-testid='inbox-row'][data-code='{code}']").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByTestId("dossier-status")).ToContainTextAsync("Đã xử lý xong");
        await page.GetByTestId("outcome-Done").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dossier-status")).ToContainTextAsync("Đã trả kết quả");
        await Assertions.Expect(page.GetByTestId("live-step")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid='tracking-row'][data-result='Pending']")).ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(page, "dossier-returned", fullPage: true);
        await page.GotoAsync("/inbox?list=Returned");
        await Assertions.Expect(page.Locator($"[data-testid='inbox-row'][data-code='{code}']")).ToBeVisibleAsync();
        // The returned list says how far back it reaches, and widens on request.
        var period = page.GetByTestId("returned-period");
        await Assertions.Expect(period).ToContainTextAsync("30 ngày gần nhất");
        await period.GetByRole(AriaRole.Button, new() { Name = "Xem tất cả" }).ClickAsync();
        await Assertions.Expect(period).ToContainTextAsync("Tất cả hồ sơ đã trả kết quả");
        await Assertions.Expect(page.Locator($"[data-testid='inbox-row'][data-code='{code}']")).ToBeVisibleAsync();

        // The desk's logbook (sổ theo dõi hồ sơ) has the dossier with its return.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sổ theo dõi" }).ClickAsync();
        var line = page.Locator($"[data-testid='logbook-row'][data-code='{code}']");
        await Assertions.Expect(line).ToContainTextAsync("Nguyễn Văn An");
        await Assertions.Expect(line.GetByTestId("logbook-returned")).Not.ToHaveTextAsync("—");
        await Assertions.Expect(line).ToContainTextAsync("Nhận tại Bộ phận Một cửa");
        await fixture.ScreenshotAsync(page, "logbook", fullPage: true);
        await OfficerSession.SignOutAsync(page);

        // The public look-up needs the code and the applicant's ID number, and shows the dossier returned.
        await page.GotoAsync("/lookup");
        await page.Locator("#lookup-code").FillAsync(code);
        await page.Locator("#lookup-id").FillAsync("000000000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("lookup-none")).ToBeVisibleAsync();
        await page.Locator("#lookup-id").FillAsync(idNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("lookup-status")).ToContainTextAsync("10 — Đã trả kết quả");
        await Assertions.Expect(page.GetByTestId("lookup-returned")).Not.ToHaveTextAsync("—");
        await Assertions.Expect(page.GetByTestId("lookup-result")).Not.ToContainTextAsync("Nguyễn Văn An");
        await fixture.ScreenshotAsync(page, "public-lookup");
        Assert.Empty(errors);
    }
}
