using System.Net;
using System.Net.Http.Headers;
using LaiChau.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LaiChau.Web.Tests.Infrastructure;

/// <summary>
/// The whole host on a real loopback socket (a browser needs one), on SQLite in a folder of its own, with a known
/// administrator key and the controlled clock that black-box tests move through <c>/api/v1/testing/clock</c>.
/// Notices go by SMTP to the loopback server at the port given (<see cref="LoopbackSmtpServer"/>).
/// </summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    public const string AdminKey = "lck_web-test-administrator-0123456789abcdef0123";

    private readonly TempDirectory _data = new("laichau-web");
    private readonly int _smtpPort;

    public WebHost(int smtpPort)
    {
        _smtpPort = smtpPort;
        var port = LoopbackPorts.Free();
        BaseUrl = $"http://127.0.0.1:{port}";
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
    }

    public string BaseUrl { get; }

    public string DataFolder => _data.Path;

    /// <summary>A client of the real socket, with an API key or none; it never follows redirects.</summary>
    public HttpClient CreateApiClient(string? apiKey)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(BaseUrl) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataDirectory", _data.Path);
        builder.UseSetting("Security:BootstrapApiKey", AdminKey);
        builder.UseSetting("Testing:ControlledClock", "true");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", $"{_smtpPort}");
        builder.UseSetting("Mail:Smtp:Security", "None");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
