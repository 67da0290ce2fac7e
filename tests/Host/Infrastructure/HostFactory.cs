using System.Net.Http.Headers;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LaiChau.Host.Tests.Infrastructure;

/// <summary>
/// The whole host in memory, on a data directory of its own, with the suite's fake clock and a known
/// administrator key. SQLite unless a PostgreSQL connection string is given.
/// </summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "lck_test-administrator-key-0123456789abcdef";

    private readonly TempDirectory? _ownData;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private Action<IServiceCollection>? _configure;
    private bool _controlledClock;

    /// <param name="dataDirectory">A folder the caller owns and keeps after the host stops; by default a
    /// temporary folder of the host's own, deleted with it.</param>
    public HostFactory(string? postgresConnectionString = null, string? bootstrapApiKey = AdminKey, string? dataDirectory = null)
    {
        _ownData = dataDirectory is null ? new TempDirectory("laichau-host") : null;
        DataDirectory = dataDirectory ?? _ownData!.Path;
        _settings["Storage:DataDirectory"] = DataDirectory;
        _settings["Security:BootstrapApiKey"] = bootstrapApiKey ?? "";
        if (postgresConnectionString is not null)
        {
            _settings["Database:Provider"] = "Postgres";
            _settings["ConnectionStrings:Postgres"] = postgresConnectionString;
        }
    }

    public FakeTimeProvider Clock { get; } = TestClock.Create();

    public string DataDirectory { get; }

    /// <summary>Adds services (job handlers, …) to the host before it starts.</summary>
    public HostFactory WithServices(Action<IServiceCollection> configure)
    {
        _configure += configure;
        return this;
    }

    /// <summary>The app's own movable clock (<c>Testing:ControlledClock</c>) instead of the suite's fake clock.</summary>
    public HostFactory WithControlledClock()
    {
        _controlledClock = true;
        _settings["Testing:ControlledClock"] = "true";
        return this;
    }

    /// <summary>Notices go to a plain SMTP server on loopback (e.g. a <see cref="LoopbackSmtpServer"/>) at this port.</summary>
    public HostFactory WithSmtp(int port) =>
        With("Mail:Smtp:Host", "127.0.0.1").With("Mail:Smtp:Port", $"{port}").With("Mail:Smtp:Security", "None");

    public HostFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public HttpClient CreateClient(string? apiKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyRules.HeaderName, apiKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (!_controlledClock)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }

            _configure?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _ownData?.Dispose();
        }
    }
}
