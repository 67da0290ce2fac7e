using System.Net;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Logging;

public sealed class RequestLoggingTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private readonly HostFactory _host;

    public RequestLoggingTests() => _host = new HostFactory(dataDirectory: _data.Path);

    [Fact]
    public async Task Request_IsLoggedAsCompactJsonWithRouteTemplateOnly()
    {
        using var admin = _host.CreateClient(HostFactory.AdminKey);
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/api-keys/{id}?note=secret-query")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/no/such/path/0912345678")).StatusCode);
        await _host.DisposeAsync();

        var events = ReadEvents();
        var request = Assert.Single(events, e => e.TryGetProperty("StatusCode", out var s) && s.GetInt32() == 404
            && e.GetProperty("RequestMethod").GetString() == "DELETE");
        Assert.Equal("/api/v1/api-keys/{id:guid}", request.GetProperty("RequestRoute").GetString());
        Assert.Contains(events, e => e.TryGetProperty("RequestRoute", out var r) && r.GetString() == "(no matching route)");
        var all = string.Join('\n', events.Select(e => e.GetRawText()));
        Assert.DoesNotContain(id.ToString(), all);
        Assert.DoesNotContain("secret-query", all);
        Assert.DoesNotContain("0912345678", all);
    }

    private List<JsonElement> ReadEvents()
    {
        var files = Directory.GetFiles(Path.Combine(_host.DataDirectory, "logs"), "laichau-*.json");
        Assert.NotEmpty(files);
        return [.. files.SelectMany(File.ReadAllLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
