using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Security;

public sealed class BootstrapApiKeyTests : ProviderTestBase
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task FirstStart_WithoutConfiguredKey_WritesAWorkingKeyToAnOwnerOnlyFile()
    {
        var host = NewHost(bootstrapApiKey: null);
        using (host.CreateClient(apiKey: null))
        {
        }

        var file = Path.Combine(host.DataDirectory, ApiKeyBootstrap.KeyFileName);
        var key = (await File.ReadAllTextAsync(file)).Trim();
        Assert.StartsWith(ApiKeyRules.KeyPrefix, key);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        using var admin = host.CreateClient(key);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/api-keys")).StatusCode);
    }

    [Fact]
    public async Task SecondStart_OnTheSameData_KeepsTheFirstKeyAndAddsNone()
    {
        using var data = new TempDirectory();
        var first = NewHost(bootstrapApiKey: null, data.Path);
        using (first.CreateClient(apiKey: null))
        {
        }

        var file = Path.Combine(data.Path, ApiKeyBootstrap.KeyFileName);
        var key = (await File.ReadAllTextAsync(file)).Trim();
        await first.DisposeAsync();

        using var admin = NewHost(bootstrapApiKey: null, data.Path).CreateClient(key);
        var keys = await admin.GetFromJsonAsync<JsonElement>("/api/v1/api-keys");

        Assert.Single(keys.EnumerateArray());
        Assert.Equal(key, (await File.ReadAllTextAsync(file)).Trim());
    }

    [Fact]
    public async Task ConfiguredKey_IsStoredOnlyAsAHash_AndNeverLogged()
    {
        using var data = new TempDirectory();
        var host = NewHost(dataDirectory: data.Path);
        using var admin = host.CreateClient(HostFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/api-keys?probe=1")).StatusCode);
        Assert.False(File.Exists(data.File(ApiKeyBootstrap.KeyFileName)));
        await host.DisposeAsync(); // flushes the database and the log files

        var secret = Encoding.UTF8.GetBytes(HostFactory.AdminKey);
        var files = Directory.GetFiles(data.Path, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("laichau.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(secret) < 0, $"{file} contains the API key");
        }
    }
}
