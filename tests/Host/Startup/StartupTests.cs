using System.Net;
using System.Text.Json;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Startup;

/// <summary>The app as an operator starts it: a real process, real Kestrel, real configuration sources.</summary>
public sealed class StartupTests
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public void DefaultAddress_IsLoopbackPort5080()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));

        Assert.Equal("http://127.0.0.1:5080", settings.RootElement.GetProperty("Urls").GetString());
    }

    [Fact]
    public async Task FirstStart_WithNoDataFolder_AnswersHealthyAndPrintsTheKeyOnce()
    {
        using var data = new TempDirectory();
        var dataDirectory = data.File("data");
        var url = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        using var host = HostProcess.Start("--urls", url, "--Storage:DataDirectory", dataDirectory);
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        var listening = await host.WaitUntilListeningAsync(StartLimit);

        Assert.True(listening, $"not listening within {StartLimit.TotalSeconds} s. Output:\n{host.StandardOutput}\n{host.StandardError}");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
        var key = (await File.ReadAllTextAsync(Path.Combine(dataDirectory, ApiKeyBootstrap.KeyFileName))).Trim();
        Assert.Single(host.StandardOutput.Split('\n'), line => line.Contains(key, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(dataDirectory, "laichau.db")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dataDirectory, "logs")));
    }

    [Theory]
    [InlineData(2, "ConnectionStrings:Postgres", "--Database:Provider", "Postgres")]
    [InlineData(2, "Database:Provider", "--Database:Provider", "Oracle")]
    [InlineData(2, "ConnectionStrings:Postgres", "--Database:Provider", "Postgres", "--ConnectionStrings:Postgres", "Hots=db;Port=x")]
    [InlineData(2, "Security:BootstrapApiKey", "--Security:BootstrapApiKey", "too-short")]
    [InlineData(2, "Testing:ControlledClock", "--Testing:ControlledClock", "true", "--environment", "Production")]
    [InlineData(2, "--demo", "--demo", "--environment", "Production")]
    [InlineData(2, "Security:KeyCertificatePath", "--Security:KeyCertificatePath", "/nonexistent/keys.pfx")]
    [InlineData(2, "Workflows:Timers:SafetyNetInterval", "--Workflows:Timers:SafetyNetInterval", "00:00:00")]
    [InlineData(2, "Workflows:Timers:Concurrency", "--Workflows:Timers:Concurrency", "0")]
    [InlineData(2, "Web:ForwardedHeaders:KnownProxies:0", "--Web:ForwardedHeaders:KnownProxies:0", "10.0.0.300")]
    [InlineData(2, "Web:ForwardedHeaders:KnownNetworks:1", "--Web:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24", "--Web:ForwardedHeaders:KnownNetworks:1", "10.0.0.0/99")]
    [InlineData(2, "Health:UnhealthyBelowMegabytes", "--Health:UnhealthyBelowMegabytes", "2000", "--Health:DegradedBelowMegabytes", "1000")]
    [InlineData(3, "ConnectionStrings:Postgres", "--Database:Provider", "Postgres", "--ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Database=x;Username=x")]
    public async Task BadConfiguration_StopsWithOneLineNamingTheSetting(int exitCode, string setting, params string[] args)
    {
        using var data = new TempDirectory();
        using var host = HostProcess.Start([.. args, "--urls", "http://127.0.0.1:0", "--Storage:DataDirectory", data.Path]);

        var exit = await host.WaitForExitAsync(StartLimit);

        Assert.Equal(exitCode, exit);
        var line = Assert.Single(host.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(setting, line);
        Assert.DoesNotContain("   at ", host.StandardOutput + host.StandardError);
    }
}
