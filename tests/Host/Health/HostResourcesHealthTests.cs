using System.Net;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Health;

/// <summary>
/// What the host needs besides its database: the outgoing channels (SMTP: degraded, never unhealthy, when the server
/// cannot be reached) and free space in the data folder (Health:DegradedBelowMegabytes, :UnhealthyBelowMegabytes).
/// </summary>
public sealed class HostResourcesHealthTests
{
    [Fact]
    public async Task Smtp_WhenTheServerCannotBeReached_IsDegradedNotUnhealthy()
    {
        await using var host = new HostFactory().WithSmtp(LoopbackPorts.Free()); // nothing listens there
        using var client = host.CreateClient(apiKey: null);

        var report = await GetReportAsync(client, HttpStatusCode.OK);

        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var smtp = report.GetProperty("checks").GetProperty("smtp");
        Assert.Equal("Degraded", smtp.GetProperty("status").GetString());
        Assert.Matches("^SMTP server 127.0.0.1:[0-9]+ cannot be reached", smtp.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Smtp_WhenTheServerAnswers_IsHealthy()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var host = new HostFactory().WithSmtp(smtp.Port);
        using var client = host.CreateClient(apiKey: null);

        var check = (await GetReportAsync(client, HttpStatusCode.OK)).GetProperty("checks").GetProperty("smtp");

        Assert.Equal("Healthy", check.GetProperty("status").GetString());
        Assert.Equal($"SMTP server 127.0.0.1:{smtp.Port} reachable.", check.GetProperty("description").GetString());
        Assert.Empty(smtp.Messages); // a probe sends nothing
    }

    [Theory]
    [InlineData("1000000000", "0", HttpStatusCode.OK, "Degraded")]
    [InlineData("1000000000", "1000000000", HttpStatusCode.ServiceUnavailable, "Unhealthy")]
    public async Task DataFolder_UnderAThreshold_IsDegradedOrUnhealthy(string degradedBelow, string unhealthyBelow, HttpStatusCode code, string status)
    {
        await using var host = new HostFactory().With("Health:DegradedBelowMegabytes", degradedBelow).With("Health:UnhealthyBelowMegabytes", unhealthyBelow);
        using var client = host.CreateClient(apiKey: null);

        var check = (await GetReportAsync(client, code)).GetProperty("checks").GetProperty("data-folder");

        Assert.Equal(status, check.GetProperty("status").GetString());
        Assert.Contains("MB free in the data folder (under 1,000,000,000 MB)", check.GetProperty("description").GetString());
    }

    private static Task<JsonElement> GetReportAsync(HttpClient client, HttpStatusCode expected) =>
        HealthTests.GetReportAsync(client, "/health", expected);
}
