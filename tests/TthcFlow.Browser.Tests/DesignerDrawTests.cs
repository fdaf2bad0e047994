using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// A process designer draws a procedure from an empty canvas — receipt → appraisal → approval →
/// return — sets allotments and roles, sees a validation error appear on the step and clear,
/// and publishes it with the approving decision.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerDrawTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Draws_validates_and_publishes_a_new_procedure()
    {
        var (page, errors) = await fixture.NewPageAsync();
        var definitionId = $"thu-nghiem-{Guid.NewGuid():N}"[..20];
        await page.GotoAsync("/designer");
        await Assertions.Expect(page.GetByTestId("palette")).ToContainTextAsync("Tiếp nhận hồ sơ");
        await Assertions.Expect(page.GetByTestId("canvas")).ToContainTextAsync("Sơ đồ trống");

        // Procedure metadata.
        await Commit(page.Locator("#meta-definitionId"), definitionId);
        await Commit(page.Locator("#meta-name"), "Đăng ký hộ kinh doanh (thử nghiệm)");
        await Commit(page.Locator("#meta-code"), "2.000720.000.00.00.H56");
        await Commit(page.Locator("#meta-procedure-name"), "Đăng ký thành lập hộ kinh doanh (thử nghiệm)");
        await Commit(page.Locator("#meta-field"), "Thành lập và hoạt động của hộ kinh doanh");
        await Commit(page.Locator("#meta-limit-value"), "3");

        // Start, then the receipt dragged from the palette onto the canvas.
        await page.Locator(".palette-item[data-type='Elsa.Start']").ClickAsync();
        await page.Locator(".palette-item[data-type='TthcFlow.Receipt']")
            .DragToAsync(page.GetByTestId("canvas"), new() { TargetPosition = new() { X = 480, Y = 140 } });
        var receipt = Node(page, "TthcFlow.Receipt");
        await Assertions.Expect(receipt).ToBeVisibleAsync();
        await Commit(page.Locator("#input-title"), "Tiếp nhận, kiểm tra hồ sơ");
        await Duration(page, "0.5");

        // Appraisal: no role yet, so the step shows an error on the node and in the list.
        await AddStep(page, "Thẩm định hồ sơ", "1.5", role: null);
        var appraise = Node(page, "TthcFlow.OfficerStep").Nth(0);
        await Assertions.Expect(appraise.GetByTestId("node-issues")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-field='role'] .issue.error")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("validity")).ToContainTextAsync("lỗi");
        await fixture.ScreenshotAsync(page, "designer-validation-error");
        await page.Locator("#input-role").SelectOptionAsync("Specialist");
        await Assertions.Expect(page.Locator("[data-field='role'] .issue.error")).ToHaveCountAsync(0);

        await AddStep(page, "Phê duyệt, ký Giấy chứng nhận", "0.5", role: "Leader");
        await page.Locator(".palette-item[data-type='TthcFlow.ReturnResult']").ClickAsync();
        await Commit(page.Locator("#input-title"), "Trả kết quả");
        await Duration(page, "0.5");
        await page.Locator(".palette-item[data-type='Elsa.End']").ClickAsync();

        var approve = Node(page, "TthcFlow.OfficerStep").Nth(1);
        var returnStep = Node(page, "TthcFlow.ReturnResult");
        var end = Node(page, "Elsa.End");
        await Connect(page, Node(page, "Elsa.Start"), "Done", receipt);
        await Connect(page, receipt, "Accepted", appraise);
        await Connect(page, appraise, "Done", approve);
        await Connect(page, approve, "Done", returnStep);
        await Connect(page, returnStep, "Done", end);
        await Connect(page, receipt, "Supplement", end);
        await Connect(page, receipt, "Refused", end);
        await Assertions.Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(7);

        // Undo and redo the last connection with the keyboard.
        await page.Locator(".react-flow__pane").ClickAsync(new() { Position = new() { X = 20, Y = 20 } });
        await page.Keyboard.PressAsync("Control+z");
        await Assertions.Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(6);
        await page.Keyboard.PressAsync("Control+y");
        await Assertions.Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(7);

        await page.GetByRole(AriaRole.Button, new() { Name = "Tự sắp xếp" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("validity")).ToHaveTextAsync("Hợp lệ");
        await Assertions.Expect(page.GetByTestId("timeline-status")).ToContainTextAsync("Tổng 3 ngày làm việc");
        await Assertions.Expect(page.GetByTestId("timeline-status")).ToContainTextAsync("trong thời hạn");
        await fixture.ScreenshotAsync(page, "designer-drawn");

        // Publish: saved as version 1, then approved by decision.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).ClickAsync();
        await page.Locator("#publish-decisionNumber").FillAsync("125/QĐ-UBND");
        await page.Locator("#publish-approvedBy").FillAsync("Chủ tịch UBND xã Hòa Phú");
        await fixture.ScreenshotAsync(page, "designer-publish-dialog");
        await page.Locator("#publish-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("Đã ban hành phiên bản 1");
        await Assertions.Expect(page.GetByText("Đã ban hành").First).ToBeVisibleAsync();
        await fixture.ScreenshotAsync(page, "designer-published");

        var stored = await fixture.GetJsonAsync($"/api/definitions/{definitionId}");
        Assert.True((bool)stored["isPublished"]!);
        var activities = stored["definition"]!["root"]!["activities"]!.AsArray();
        Assert.Equal(6, activities.Count);
        Assert.Contains(activities, a => (string?)a!["role"]?["expression"]?["value"] == "Specialist");
        Assert.Empty(errors);
    }

    private static ILocator Node(IPage page, string type) => page.Locator($"[data-testid^='node-'][data-type='{type}']");

    private static async Task Commit(ILocator input, string value)
    {
        await input.FillAsync(value);
        await input.PressAsync("Enter");
    }

    private static async Task Duration(IPage page, string days) => await Commit(page.Locator("#input-allotment"), days);

    private static async Task AddStep(IPage page, string title, string days, string? role)
    {
        await page.Locator(".palette-item[data-type='TthcFlow.OfficerStep']").ClickAsync();
        await Commit(page.Locator("#input-title"), title);
        await Duration(page, days);
        if (role is not null) await page.Locator("#input-role").SelectOptionAsync(role);
    }

    /// <summary>Drags from a node's outcome port to another node's In port.</summary>
    private static async Task Connect(IPage page, ILocator from, string port, ILocator to)
    {
        // Validation results change what the nodes show; measure once they have arrived.
        await Assertions.Expect(page.GetByTestId("validity")).Not.ToHaveTextAsync("Đang kiểm tra…");
        var source = await StableBoxAsync(page, from.Locator($".react-flow__handle[data-handleid='{port}']"));
        var target = await StableBoxAsync(page, to.Locator(".react-flow__handle[data-handleid='In']"));
        Assert.NotNull(source);
        Assert.NotNull(target);
        await page.Mouse.MoveAsync(source.X + source.Width / 2, source.Y + source.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height / 2, new() { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    /// <summary>The element's box once the canvas has stopped moving (adding a node fits the view).</summary>
    private static async Task<LocatorBoundingBoxResult?> StableBoxAsync(IPage page, ILocator locator)
    {
        var box = await locator.BoundingBoxAsync();
        for (var i = 0; i < 50; i++)
        {
            await page.WaitForTimeoutAsync(100);
            var next = await locator.BoundingBoxAsync();
            if (next is not null && box is not null && next.X == box.X && next.Y == box.Y) return next;
            box = next;
        }
        return box;
    }
}
