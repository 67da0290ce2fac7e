using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using LaiChau.Host.Workflows;
using LaiChau.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace LaiChau.Designer.Tests.Infrastructure;

/// <summary>
/// The whole host on a real loopback socket (a browser needs one), on SQLite in a folder of its own,
/// with a known administrator key.
/// </summary>
public sealed class DesignerHost : WebApplicationFactory<Program>
{
    public const string AdminKey = "lck_designer-test-administrator-0123456789abcdef";

    private readonly TempDirectory _data = new("laichau-designer");

    public DesignerHost()
    {
        var port = FreeLoopbackPort();
        BaseUrl = $"http://127.0.0.1:{port}";
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
    }

    public string BaseUrl { get; }

    /// <summary>A client of the real socket (not the in-memory test server), with an API key or none.</summary>
    public HttpClient CreateApiClient(string? apiKey)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri(BaseUrl),
        };
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
        // Real time plus an offset the tests move forward (/api/v1/testing/clock): averages need time to pass.
        builder.UseSetting("Testing:ControlledClock", "true");
        builder.ConfigureTestServices(services => services
            .AddJobHandler<NotifyCitizenTestHandler>()
            .AddJobHandler<PlainTestHandler>()
            .AddJobHandler<FixableTestHandler>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
