using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// The designer is for process designers: another officer is told so. A process designer draws a
/// procedure from an empty canvas — receipt → appraisal → approval → return — sets allotments and
/// roles, sees a validation error appear on the step and clear, undoes and redoes a connection,
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

        // An officer without the designer's role does not get the designer.
        await OfficerSession.SignInAsync(page, "chuyenvien.hoaphu");
        await page.GotoAsync("/designer");
        await Assertions.Expect(page.GetByTestId("role-refusal")).ToContainTextAsync("công chức thiết kế quy trình");
        await Assertions.Expect(page.GetByTestId("palette")).ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(page, "designer-refused");
        await OfficerSession.SignOutAsync(page);

        await ProcedureDrawing.OpenAsDesignerAsync(page);
        await ProcedureDrawing.DrawAsync(fixture, page, definitionId, "Đăng ký hộ kinh doanh (thử nghiệm)");

        // Undo and redo the last connection with the keyboard.
        await page.Locator(".react-flow__pane").ClickAsync(new() { Position = new() { X = 20, Y = 20 } });
        await page.Keyboard.PressAsync("Control+z");
        await Assertions.Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(6);
        await page.Keyboard.PressAsync("Control+y");
        await Assertions.Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(7);

        await ProcedureDrawing.LayOutAsync(page);
        await fixture.ScreenshotAsync(page, "designer-drawn");
        await ProcedureDrawing.PublishAsync(fixture, page);
        await fixture.ScreenshotAsync(page, "designer-published");

        var stored = await fixture.GetJsonAsync($"/api/definitions/{definitionId}");
        Assert.True((bool)stored["isPublished"]!);
        var activities = stored["definition"]!["root"]!["activities"]!.AsArray();
        Assert.Equal(6, activities.Count);
        Assert.Contains(activities, a => (string?)a!["role"]?["expression"]?["value"] == "Specialist");
        Assert.Equal("CommunePeoplesCommittee", (string?)stored["definition"]!["customProperties"]!["procedure"]!["competentAgencyKind"]);
        Assert.Empty(errors);
    }
}
