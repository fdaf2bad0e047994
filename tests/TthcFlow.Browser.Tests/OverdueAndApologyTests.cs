using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// A dossier run past its deadline on the simulated clock, in the browser: the commune leader sees
/// it red in the overdue list and in the notifications, signs the result; the desk's Return is
/// refused while the apology is owed, with the engine's reason beside the button; the leader
/// issues the apology (văn bản xin lỗi) from the form with a working-day picker and prints the
/// letter; then the desk returns the result. And an interconnected dossier (liên thông) shows
/// where it is now across units, a late agency in red.
/// </summary>
[Collection(SimulatedClockCollection.Name)]
public sealed class OverdueAndApologyTests(SimulatedClockFixture fixture)
{
    private const string Desk = "motcua.hoaphu";
    private const string Specialist = "chuyenvien.hoaphu";
    private const string Leader = "lanhdao.hoaphu";

    [BrowserFact]
    public async Task A_late_dossier_is_red_notified_refused_return_until_the_leader_issues_the_apology_then_returned()
    {
        string id, code;
        using (var desk = await OfficerClient.SignInAsync(fixture.BaseAddress, Desk))
        {
            var summary = await desk.SubmitAsync("birth-registration", "Nguyễn Thị Mai", "066190004455");
            (id, code) = (summary["id"]!.ToString(), (string)summary["code"]!);
        }
        using (var specialist = await OfficerClient.SignInAsync(fixture.BaseAddress, Specialist))
            await specialist.CompleteLiveStepAsync(id, "Approved");
        // The leader does not sign in time: ten days later the appointment (same day) is long past.
        await fixture.AdvanceClockAsync(TimeSpan.FromDays(10));

        var (page, errors) = await fixture.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await OfficerSession.SignInAsync(page, Leader);
        await page.GotoAsync("/inbox?list=Overdue");
        var row = page.Locator($"[data-testid='inbox-row'][data-code='{code}']");
        await Assertions.Expect(row).ToHaveClassAsync(new Regex("row-Overdue"));
        await Assertions.Expect(row.Locator("[data-due]")).ToHaveAttributeAsync("data-due", "Overdue");
        await Assertions.Expect(page.GetByTestId("count-Overdue")).ToHaveClassAsync(new Regex("count-overdue"));
        await Assertions.Expect(page.GetByTestId("count-ApologiesOwed")).Not.ToHaveTextAsync("0");
        await fixture.ScreenshotAsync(page, "inbox-overdue");

        // The bell: the overdue escalation and the apology to sign, each linking to the dossier.
        var bellCount = page.GetByTestId("bell-count");
        await Assertions.Expect(bellCount).ToBeVisibleAsync();
        int unreadBefore = int.Parse(await bellCount.InnerTextAsync());
        await page.GetByTestId("bell").ClickAsync();
        var panel = page.GetByTestId("notifications");
        var owedNotice = panel.Locator("[data-testid='notification'][data-kind='ApologyOwed']", new() { HasText = code });
        await Assertions.Expect(owedNotice).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("[data-testid='notification'][data-kind='StepOverdue']", new() { HasText = code })).ToBeVisibleAsync();
        await Assertions.Expect(owedNotice).ToContainTextAsync("Cần xin lỗi");
        await fixture.ScreenshotAsync(page, "notifications");
        await owedNotice.GetByTestId("mark-read").ClickAsync();
        await Assertions.Expect(owedNotice).ToHaveAttributeAsync("data-read", "true");
        await Assertions.Expect(bellCount).ToHaveTextAsync((unreadBefore - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await owedNotice.GetByTestId("notification-link").ClickAsync();

        // The dossier page says who owes the apology; the leader signs the birth certificate.
        await Assertions.Expect(page.GetByTestId("dossier-code")).ToHaveTextAsync(code);
        await Assertions.Expect(page.GetByTestId("apology-owed")).ToContainTextAsync("phải có văn bản xin lỗi");
        await page.GetByTestId("outcome-Signed").ClickAsync();
        await Assertions.Expect(page.GetByTestId("live-step")).ToContainTextAsync("Trả Giấy khai sinh");
        await OfficerSession.SignOutAsync(page);

        // The desk may not return the result while the apology is owed: the engine's reason is shown beside the button.
        await OfficerSession.SignInAsync(page, Desk);
        await page.GotoAsync($"/dossiers/{id}");
        await Assertions.Expect(page.GetByTestId("step-notice")).ToContainTextAsync("chờ văn bản xin lỗi");
        await page.GetByTestId("outcome-Done").ClickAsync();
        var refusal = page.GetByTestId("step-actions").GetByTestId("action-error");
        await Assertions.Expect(refusal).ToBeVisibleAsync();
        await Assertions.Expect(refusal).ToContainTextAsync("xin lỗi");
        await Assertions.Expect(page.GetByTestId("dossier-status")).ToContainTextAsync("9 — ");
        await fixture.ScreenshotAsync(page, "return-refused", fullPage: true);
        await OfficerSession.SignOutAsync(page);

        // The leader finds it in "apologies to sign" and issues it with a new working day.
        await OfficerSession.SignInAsync(page, Leader);
        await page.GotoAsync("/inbox");
        await page.GetByTestId("list-ApologiesOwed").ClickAsync();
        var owedRow = page.Locator($"[data-testid='owed-row'][data-code='{code}']");
        await Assertions.Expect(owedRow).ToContainTextAsync("Nguyễn Thị Mai");
        await owedRow.GetByRole(AriaRole.Link).ClickAsync();
        // Before it is signed the letter reads as a draft: no number yet.
        await page.GetByTestId("apology-letter-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("apology-letter")).ToHaveAttributeAsync("data-status", "Owed");
        await Assertions.Expect(page.Locator(".draft-mark")).ToHaveTextAsync("Dự thảo");
        await Assertions.Expect(page.GetByTestId("letter-number")).ToContainTextAsync("……/PXL");
        await page.GoBackAsync();
        var form = page.GetByTestId("apology-form");
        await Assertions.Expect(form.GetByTestId("legal-rule")).ToContainTextAsync("chỉ được hẹn lại một lần");
        await Assertions.Expect(form.GetByTestId("apology-issue")).ToBeDisabledAsync();
        await form.GetByTestId("apology-reason").FillAsync("Lãnh đạo UBND xã đi công tác, chưa ký kịp Giấy khai sinh.");
        // A Sunday is refused by the picker; the first suggested working day is accepted.
        var firstDay = form.Locator(".day-suggestions [data-day]").First;
        var day = await firstDay.GetAttributeAsync("data-day");
        var sunday = NextSunday(DateOnly.ParseExact(day!, "yyyy-MM-dd"));
        await form.GetByTestId("new-return-day").FillAsync(sunday.ToString("yyyy-MM-dd"));
        await Assertions.Expect(form.GetByTestId("day-check")).ToHaveAttributeAsync("data-working", "false");
        await firstDay.ClickAsync();
        await Assertions.Expect(form.GetByTestId("day-check")).ToHaveAttributeAsync("data-working", "true");
        await form.GetByTestId("apology-explanation").FillAsync("Báo cáo giải trình: hồ sơ chậm ký do lãnh đạo vắng; đã chấn chỉnh việc ủy quyền ký.");
        await Assertions.Expect(form.GetByTestId("apology-signer")).ToContainTextAsync("Chủ tịch");
        await fixture.ScreenshotAsync(page, "apology-form", fullPage: true);
        await form.GetByTestId("apology-issue").ClickAsync();
        await Assertions.Expect(page.GetByTestId("apology-issued")).ToContainTextAsync("/PXL");
        await Assertions.Expect(page.GetByTestId("apology-form")).ToHaveCountAsync(0);

        // The printable letter, laid out as the form, without the application around it when printed.
        await page.GetByTestId("apology-letter-link").ClickAsync();
        var letter = page.GetByTestId("apology-letter");
        await Assertions.Expect(letter).ToHaveAttributeAsync("data-status", "Issued");
        await Assertions.Expect(letter).ToContainTextAsync("Cộng hòa xã hội chủ nghĩa Việt Nam", new() { IgnoreCase = true });
        await Assertions.Expect(letter).ToContainTextAsync("Kính gửi: Ông/Bà Nguyễn Thị Mai");
        await Assertions.Expect(letter).ToContainTextAsync("066190004455");
        await Assertions.Expect(page.GetByTestId("letter-code")).ToHaveTextAsync(code);
        await Assertions.Expect(page.GetByTestId("letter-number")).ToContainTextAsync("/PXL");
        await Assertions.Expect(page.GetByTestId("letter-reason")).ToContainTextAsync("chưa ký kịp");
        await Assertions.Expect(page.GetByTestId("letter-new-date")).ToContainTextAsync("giờ");
        await Assertions.Expect(page.GetByTestId("letter-signer")).Not.ToBeEmptyAsync();
        await fixture.ScreenshotAsync(page, "apology-letter", fullPage: true);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".app-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("letter-print")).ToBeHiddenAsync();
        await fixture.ScreenshotAsync(page, "apology-letter-print", fullPage: true);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GetByTestId("lang-en").ClickAsync();
        await Assertions.Expect(letter).ToContainTextAsync("To: Mr/Ms Nguyễn Thị Mai");
        await page.GetByTestId("lang-vi").ClickAsync();
        await OfficerSession.SignOutAsync(page);

        // Now the desk returns the result.
        await OfficerSession.SignInAsync(page, Desk);
        await page.GotoAsync($"/dossiers/{id}");
        await Assertions.Expect(page.GetByTestId("step-notice")).ToHaveCountAsync(0);
        await page.GetByTestId("outcome-Done").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dossier-status")).ToContainTextAsync("10 — Đã trả kết quả");
        await Assertions.Expect(page.GetByTestId("apology-issued")).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "returned-after-apology", fullPage: true);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task An_interconnected_birth_group_shows_where_it_is_now_across_units_and_the_late_agency()
    {
        string id;
        using (var desk = await OfficerClient.SignInAsync(fixture.BaseAddress, Desk))
        {
            var summary = await desk.SubmitAsync("birth-residence-health-insurance", "Trần Văn Bình", "066185007722");
            id = summary["id"]!.ToString();
            // The commune registers the birth and its leader signs; the group then goes to the police and social insurance.
            foreach (var userName in new[] { Specialist, Leader })
            {
                using var officer = await OfficerClient.SignInAsync(fixture.BaseAddress, userName);
                var task = summary["activeTasks"]!.AsArray().First(t => (string)t!["stepType"]! != "TthcFlow.Transfer")!;
                summary = await officer.CompleteAsync(task["id"]!.ToString(), (string)task["outcomes"]![0]!);
            }
        }

        var (page, errors) = await fixture.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await OfficerSession.SignInAsync(page, Desk);
        await page.GotoAsync($"/dossiers/{id}");
        var where = page.GetByTestId("where-now");
        await Assertions.Expect(where).ToContainTextAsync("Hồ sơ đang ở đâu giữa các đơn vị");
        var police = where.Locator("[data-testid='chain-stop'][data-agency='002.01.70.H15']");
        var insurance = where.Locator("[data-testid='chain-stop'][data-agency='000.00.54.H15']");
        await Assertions.Expect(police.GetByTestId("chain-status")).ToContainTextAsync("Đang xử lý");
        await Assertions.Expect(police).ToContainTextAsync("Kiểm tra thông tin cư trú");
        await Assertions.Expect(police.GetByTestId("chain-holder")).ToContainTextAsync("chưa có người nhận");
        await Assertions.Expect(insurance.GetByTestId("chain-status")).ToContainTextAsync("Đang xử lý");
        await Assertions.Expect(police).ToHaveAttributeAsync("data-late", "false");
        var commune = where.Locator("[data-testid='chain-stop'][data-agency='000.01.70.H15']");
        await Assertions.Expect(commune.GetByTestId("chain-status")).ToContainTextAsync("Đã xong");
        await fixture.ScreenshotAsync(page, "where-now", fullPage: true);

        // Three days later neither agency has answered: both are over their share, in red.
        await fixture.AdvanceClockAsync(TimeSpan.FromDays(3));
        await OfficerSession.SignOutAsync(page);
        await OfficerSession.SignInAsync(page, Desk);
        await page.GotoAsync($"/dossiers/{id}");
        await Assertions.Expect(police).ToHaveAttributeAsync("data-late", "true");
        await Assertions.Expect(police.GetByTestId("chain-late")).ToContainTextAsync("Trễ hạn");
        await Assertions.Expect(insurance).ToHaveAttributeAsync("data-late", "true");
        await Assertions.Expect(commune).ToHaveAttributeAsync("data-late", "false");
        await fixture.ScreenshotAsync(page, "where-now-late", fullPage: true);
        await page.GetByTestId("lang-en").ClickAsync();
        await Assertions.Expect(where).ToContainTextAsync("Where the dossier is now across units");
        await Assertions.Expect(police.GetByTestId("chain-late")).ToContainTextAsync("Late");
        await page.GetByTestId("lang-vi").ClickAsync();
        Assert.Empty(errors);
    }

    private static DateOnly NextSunday(DateOnly from)
    {
        var day = from.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Sunday)
            day = day.AddDays(1);
        return day;
    }
}
