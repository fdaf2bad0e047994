using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>Signing demo officers in and out in the browser.</summary>
public static class OfficerSession
{
    /// <summary>The demo officers' password.</summary>
    public const string Password = "tthc2025";

    /// <summary>Signs in on the sign-in page and waits until the header shows the officer.</summary>
    public static async Task SignInAsync(IPage page, string userName)
    {
        if (!page.Url.Contains("/sign-in", StringComparison.Ordinal))
            await page.GotoAsync("/sign-in");
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("session")).ToBeVisibleAsync();
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page.Locator("#userName")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("session")).ToHaveCountAsync(0);
    }
}
