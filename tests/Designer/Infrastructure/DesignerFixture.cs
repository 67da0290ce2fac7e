using System.Text;
using Microsoft.Playwright;

namespace LaiChau.Designer.Tests.Infrastructure;

/// <summary>
/// One host and one headless Chromium for all browser tests (the machine is small); each test opens its own
/// browser context, so cookies never leak between tests.
/// </summary>
public sealed class DesignerFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright must never download a browser of its own.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("LAICHAU_CHROMIUM") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public DesignerHost Host { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}: install Debian's chromium (./test.sh does) or set LAICHAU_CHROMIUM.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Host.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"], // tests run as root on CI, where Chromium's sandbox cannot start
        });
    }

    /// <summary>A fresh browser context on the host (no cookies), with its first page.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Host.BaseUrl, Locale = "vi-VN" });
        context.SetDefaultTimeout(20_000);
        Assertions.SetDefaultExpectTimeout(20_000); // web-first assertions wait as long as actions: CI machines are shared and slow
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page signed in with the administrator key, once the designer has started (its list is shown).</summary>
    public async Task<IPage> SignedInPageAsync()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);
        await Assertions.Expect(page.Locator("#definitions button[data-key]").First).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Deploys a definition through the API, as another administrator would have.</summary>
    public async Task DeployAsync(string xml)
    {
        using var api = Host.CreateApiClient(DesignerHost.AdminKey);
        using var response = await api.PostAsync("/api/v1/definitions", new StringContent(xml, Encoding.UTF8, "application/xml"));
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DesignerCollection : ICollectionFixture<DesignerFixture>
{
    public const string Name = "Designer in a browser";
}
