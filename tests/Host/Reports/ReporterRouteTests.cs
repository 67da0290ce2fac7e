using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LaiChau.Host.Reports.Tracking;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.Extensions.DependencyInjection;
using static LaiChau.Host.Tests.Reports.ReportSteps;

namespace LaiChau.Host.Tests.Reports;

/// <summary>
/// Issue 16 point 5: the reporter's messages arrive only through the citizens' own routes (ADR 0021) — the secret
/// tracking link, or the client app whose key submitted the report, with the reporter's phone — and each rating and
/// resubmission is audited with who brought it.
/// </summary>
public abstract partial class ReporterRouteTests : ProviderTestBase
{
    private const string Phone = "0912345678";

    [Fact]
    public async Task R8_2_The_submitting_app_rates_for_its_reporter_and_another_app_is_refused()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await ResolvedAsync(world);
        var other = world.Host.CreateClient(await IntegrationKeyAsync(world, "another app"));
        var rating = new { phone = Phone, kind = "rating", rating = "satisfied" };

        var byOther = await other.PostAsJsonAsync($"/api/v1/reports/{code}/feedback", rating);
        var byAdmin = await world.Admin.PostAsJsonAsync($"/api/v1/reports/{code}/feedback", rating);
        var wrongPhone = await world.Integration.PostAsJsonAsync($"/api/v1/reports/{code}/feedback", rating with { phone = "0987000000" });
        var byStaff = await world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{code}/feedback", rating);
        Assert.Equal(JsonValueKind.Null, (await StaffViewAsync(world, code)).GetProperty("rating").ValueKind);

        var byOwn = await world.Integration.PostAsJsonAsync($"/api/v1/reports/{code}/feedback", rating);
        await world.IdleAsync();

        await ProblemAssert.IsProblemAsync(byOther, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(byAdmin, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(wrongPhone, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(byStaff, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, byOwn.StatusCode);
        Assert.Equal("satisfied", (await StaffViewAsync(world, code)).GetProperty("rating").GetString());
        Assert.Equal([("laichau-s app", "rating", "satisfied")], (await AuditAsync(world, code)).Where(a => a.Action == "rating"));
    }

    [Fact]
    public async Task R7_6_A_resubmission_by_the_submitting_app_escalates_and_is_audited_another_app_is_refused()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await ResolvedAsync(world);
        var other = world.Host.CreateClient(await IntegrationKeyAsync(world, "another app"));
        var body = new { phone = Phone, text = "Ổ gà vẫn còn, tôi không đồng ý với kết quả." };

        var byOther = await other.PostAsJsonAsync($"/api/v1/reports/{code}/resubmit", body);
        await world.IdleAsync();
        Assert.Empty(await world.TasksAsync("tinh.officer", code));
        var byOwn = await world.Integration.PostAsJsonAsync($"/api/v1/reports/{code}/resubmit", body);
        await world.IdleAsync();

        await ProblemAssert.IsProblemAsync(byOther, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, byOwn.StatusCode);
        Assert.Equal(["assign-agency"], (await world.TasksAsync("tinh.officer", code)).Select(t => t.GetProperty("elementId").GetString()));
        Assert.Equal([("laichau-s app", "resubmit", (string?)null)], (await AuditAsync(world, code)).Where(a => a.Action == "resubmit"));
    }

    [Fact]
    public async Task R8_2_The_reporter_rates_with_the_secret_tracking_link_and_the_rating_is_audited()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await ResolvedAsync(world);
        var secret = world.Host.Services.GetRequiredService<TrackingLinks>().Secret(code);
        var citizen = world.Host.CreateClient(apiKey: null);

        var token = await FormTokenAsync(citizen, code, secret);

        var wrongLink = await RateAsync(citizen, code, secret[..^4] + "AAAA", token, "unsatisfied");
        var rated = await RateAsync(citizen, code, secret, token, "acceptable");
        await world.IdleAsync();

        Assert.Equal(HttpStatusCode.NotFound, wrongLink.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Equal("acceptable", (await StaffViewAsync(world, code)).GetProperty("rating").GetString());
        Assert.Equal([("citizen (tracking link)", "rating", "acceptable")], (await AuditAsync(world, code)).Where(a => a.Action == "rating"));
    }

    /// <summary>The antiforgery token of the reporter's page (its cookie stays with the client), as a browser has it.</summary>
    private static async Task<string> FormTokenAsync(HttpClient citizen, string code, string secret)
    {
        var page = await citizen.GetStringAsync($"/tra-cuu/{code}?k={Uri.EscapeDataString(secret)}");
        var token = Token().Match(page);
        Assert.True(token.Success && page.Contains("data-rating-form", StringComparison.Ordinal), "the reporter's page offers the rating form");
        return token.Groups[1].Value;
    }

    /// <summary>Posts the tracking page's rating form with the link's secret.</summary>
    private static Task<HttpResponseMessage> RateAsync(HttpClient citizen, string code, string secret, string token, string rating) =>
        citizen.PostAsync($"/tra-cuu/{code}?k={Uri.EscapeDataString(secret)}&handler=Feedback", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["kind"] = "rating",
            ["rating"] = rating,
            ["__af"] = token, // the host's antiforgery field (Web/WebSetup.cs)
        }));

    private static async Task<string> IntegrationKeyAsync(ReportWorld world, string name)
    {
        var response = await world.Admin.PostAsJsonAsync("/api/v1/api-keys", new { name, role = "Integration" });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    [GeneratedRegex("name=\"__af\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class SqliteReporterRouteTests : ReporterRouteTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReporterRouteTests : ReporterRouteTests
{
    public PostgresReporterRouteTests(PostgresDatabase database) => Postgres = database;
}
