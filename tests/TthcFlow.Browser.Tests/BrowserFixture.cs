using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace TthcFlow.Browser.Tests;

/// <summary>One engine and one headless Chromium shared by the browser tests (they run one after another).</summary>
public class BrowserFixture : IAsyncLifetime
{
    public BrowserFixture() : this(new EngineServer())
    {
    }

    protected BrowserFixture(EngineServer server) => Server = server;

    public EngineServer Server { get; }
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => Server.BaseAddress;

    public async Task InitializeAsync()
    {
        Server.Start();
        if (!Chromium.IsInstalled) return;
        // The machines that run these are small and busy: give pages time, never a sleep.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A fresh page (own context) in Vietnamese at a desktop size; uncaught page errors fail the test that reads them.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync()
    {
        if (_browser is null)
            throw new InvalidOperationException(Chromium.SkipReason);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            Locale = "vi-VN",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        return (page, errors);
    }

    public async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, name + ".png"), FullPage = fullPage });
    }

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        return (await http.GetFromJsonAsync<JsonObject>(path))!;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
