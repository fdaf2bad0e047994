using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// What a process designer (thiết kế quy trình) does in the designer, step by step, shared by the
/// tests that draw: sign in to reach the page, draw receipt → appraisal → approval → return from an
/// empty canvas with allotments and roles (seeing a validation error appear on the appraisal and
/// clear), and publish with the approving decision.
/// </summary>
public static class ProcedureDrawing
{
    /// <summary>The demo process designer of the province.</summary>
    public const string Designer = "thietke.ubndtinh";

    /// <summary>The field (lĩnh vực) of the drawn procedure; at a commune, Phòng Kinh tế handles it.</summary>
    public const string Field = "Thành lập và hoạt động của hộ kinh doanh";

    /// <summary>Opens the designer: the sign-in page first, then back to an empty canvas, the designer named on it.</summary>
    public static async Task OpenAsDesignerAsync(IPage page)
    {
        await page.GotoAsync("/designer");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in\\?next=%2Fdesigner"));
        await OfficerSession.SignInAsync(page, Designer);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/designer$"));
        await Assertions.Expect(page.GetByTestId("palette")).ToContainTextAsync("Tiếp nhận hồ sơ");
        await Assertions.Expect(page.GetByTestId("canvas")).ToContainTextAsync("Sơ đồ trống");
        await Assertions.Expect(page.GetByTestId("designer-officer")).ToContainTextAsync(await page.GetByTestId("session-name").InnerTextAsync());
    }

    /// <summary>
    /// Draws the procedure on the empty canvas: 3 working days, receipt 0.5, appraisal 1.5 by a
    /// specialist, approval 0.5 by the leader, return 0.5; ends laid out and valid.
    /// </summary>
    public static async Task DrawAsync(BrowserFixture fixture, IPage page, string definitionId, string name)
    {
        await Commit(page.Locator("#meta-definitionId"), definitionId);
        await Commit(page.Locator("#meta-name"), name);
        await Commit(page.Locator("#meta-code"), "2.000720.000.00.00.H15");
        await Commit(page.Locator("#meta-procedure-name"), name);
        await Commit(page.Locator("#meta-field"), Field);
        await page.Locator("#meta-level").SelectOptionAsync("Commune");
        await page.Locator("#meta-agency-kind").SelectOptionAsync("CommunePeoplesCommittee");
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
        // The role picker offers the roles that handle dossiers, not the designer's own.
        await Assertions.Expect(page.Locator("#input-role option[value='ProcessDesigner']")).ToHaveCountAsync(0);
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
    }

    /// <summary>Auto-layout, then the procedure is valid and its allotments fit the legal limit.</summary>
    public static async Task LayOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Tự sắp xếp" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("Đã tự sắp xếp sơ đồ");
        await Assertions.Expect(page.GetByTestId("validity")).ToHaveTextAsync("Hợp lệ");
        await Assertions.Expect(page.GetByTestId("timeline-status")).ToContainTextAsync("Tổng 3 ngày làm việc");
        await Assertions.Expect(page.GetByTestId("timeline-status")).ToContainTextAsync("trong thời hạn");
    }

    /// <summary>Publishes: saved as version 1, then approved by decision.</summary>
    public static async Task PublishAsync(BrowserFixture fixture, IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành" }).ClickAsync();
        await page.Locator("#publish-decisionNumber").FillAsync("125/QĐ-UBND");
        await page.Locator("#publish-approvedBy").FillAsync("Chủ tịch UBND xã Hòa Phú");
        await fixture.ScreenshotAsync(page, "designer-publish-dialog");
        await page.Locator("#publish-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("Đã ban hành phiên bản 1");
        await Assertions.Expect(page.GetByText("Đã ban hành").First).ToBeVisibleAsync();
    }

    public static ILocator Node(IPage page, string type) => page.Locator($"[data-testid^='node-'][data-type='{type}']");

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
