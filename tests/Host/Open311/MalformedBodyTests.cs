using System.Net.Http.Headers;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Reports;
using LaiChau.Host.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Open311;

/// <summary>
/// The fuzz set (<see cref="MalformedBodies"/>) posted to the real intake endpoints (Open311, and the portal's form for
/// the multipart bodies): every broken body is a 4xx that says what is wrong (Open311: in the specification's error
/// format) — never a 500, never "media too large" for a body that is not large — and nothing is saved.
/// </summary>
public sealed class MalformedBodyTests(MalformedBodyTests.World world) : IClassFixture<MalformedBodyTests.World>
{
    private const string Open311 = "/open311/v2/requests.json";

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var body in MalformedBodies.All)
        {
            cases.Add(Open311, body.Name);
            if (body.ContentType.StartsWith("multipart", StringComparison.Ordinal))
            {
                cases.Add(WebPaths.Submit, body.Name);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MalformedBody_IsRefusedWithA4xxError_AndNothingIsSaved(string endpoint, string name)
    {
        var body = MalformedBodies.All.Single(b => b.Name == name);
        var reports = await world.CountReportsAsync();
        using var content = new ByteArrayContent(body.Bytes((await world.ReportsAsync()).Open311Key));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);

        var response = await (await world.ReportsAsync()).Public.PostAsync(endpoint, content);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500 and not 413, $"{name}: {(int)response.StatusCode} {text}");
        if (endpoint == Open311)
        {
            AssertOpen311Error(response, text);
        }

        Assert.Equal(reports, await world.CountReportsAsync());
        Assert.Empty((await world.ReportsAsync()).Host.Services.GetRequiredService<IMediaStore>().List());
    }

    private static void AssertOpen311Error(HttpResponseMessage response, string text)
    {
        var error = Assert.Single(JsonDocument.Parse(text).RootElement.EnumerateArray());
        Assert.Equal((int)response.StatusCode, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("description").GetString()));
    }

    /// <summary>One host for the whole set (the cases only read and refuse).</summary>
    public sealed class World : IAsyncLifetime
    {
        // The portal's rate limit would otherwise answer 429 part-way through the set.
        private readonly HostFactory _host = new HostFactory().With("Web:Citizens:SubmitPermitLimit", "1000");
        private ReportWorld? _world;

        internal async Task<ReportWorld> ReportsAsync() => _world ??= await ReportWorld.StartAsync(_host);

        public async Task<int> CountReportsAsync()
        {
            await using var scope = (await ReportsAsync()).Host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Reports.CountAsync();
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await _host.DisposeAsync();
    }
}
