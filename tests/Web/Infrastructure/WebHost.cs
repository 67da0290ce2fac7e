using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using LaiChau.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LaiChau.Web.Tests.Infrastructure;

/// <summary>
/// The whole host on a real loopback socket (a browser needs one), on SQLite in a folder of its own, with a known
/// administrator key and the controlled clock that black-box tests move through <c>/api/v1/testing/clock</c>.
/// Notices are written as .eml files under <see cref="MailFolder"/> (the embedded default).
/// </summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    public const string AdminKey = "lck_web-test-administrator-0123456789abcdef0123";

    private readonly TempDirectory _data = new("laichau-web");

    public WebHost()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
    }

    public string BaseUrl { get; }

    public string DataFolder => _data.Path;

    public string MailFolder => System.IO.Path.Combine(_data.Path, "mail");

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
