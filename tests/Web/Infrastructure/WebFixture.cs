using LaiChau.Testing;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.Infrastructure;

/// <summary>
/// One host, its people (<see cref="WebWorld"/>) and one headless Chromium for all browser tests (the machine is
/// small); each test opens its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright must never download a browser of its own.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("LAICHAU_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Screenshots of the main pages, kept as test artefacts (issue 8 point 6).</summary>
    public static readonly string ScreenshotFolder = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public WebFixture() => Host = new WebHost(Mail.Port);

    /// <summary>Every e-mail the host sends: notices to citizens, reminders to focal leaders.</summary>
    public LoopbackSmtpServer Mail { get; } = new();

    public WebHost Host { get; }

    public WebWorld World { get; private set; } = null!;

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
        World = await WebWorld.StartAsync(Host);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As issue 8 asks; --no-sandbox because tests run as root on CI, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context on the host (no cookies), with its first page; phone-sized on request.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var options = new BrowserNewContextOptions { BaseURL = Host.BaseUrl, Locale = "vi-VN" };
        if (phone)
        {
            options.ViewportSize = new ViewportSize { Width = 390, Height = 844 };
        }

        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(20_000);
        Assertions.SetDefaultExpectTimeout(20_000); // web-first assertions wait as long as actions: CI machines are shared and slow
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot under TestResults/screenshots.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "Web UI in a browser";
}
