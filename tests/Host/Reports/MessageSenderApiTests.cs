using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LaiChau.Host.Tests.Reports.ReportSteps;

namespace LaiChau.Host.Tests.Reports;

/// <summary>
/// Issue 16 point 5 through <c>POST /api/v1/messages</c>, principal by principal (ADR 0021): the definition says who
/// sends each message (403 naming it and its senders), the host checks what it carries before it is correlated, and
/// every re-routing is audited whichever route it took. The attacks of 2026-12-07 are replayed as they were sent.
/// </summary>
public abstract class MessageSenderApiTests : ProviderTestBase
{
    private const string Reroute = "report-reroute";
    private static readonly object ToBinhLu = new { targetAgency = "UBND-03390", reason = "Đoạn đường thuộc địa bàn xã Bình Lư." };

    [Fact]
    public async Task R7_5_Only_the_centre_reroutes_through_the_messages_api()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await world.SubmitAsync();

        foreach (var caller in new[] { world.Integration, world.Admin, world.As("an.nguyen"), world.As("lan.le"), world.As("minh.do"), world.As("outsider") })
        {
            var problem = await ProblemAssert.IsProblemAsync(await MessageAsync(world, caller, Reroute, code, ToBinhLu), HttpStatusCode.Forbidden);
            Assert.Equal(Reroute, problem.GetProperty("messageName").GetString());
            Assert.Equal(["centre"], problem.GetProperty("allowedSenders").EnumerateArray().Select(s => s.GetString()));
        }

        Assert.Equal("UBND-03388", (await StaffViewAsync(world, code)).GetProperty("leadAgency").GetString());
        Assert.Equal("verify", Assert.Single(await world.TasksAsync("an.nguyen", code)).GetProperty("elementId").GetString());
        Assert.DoesNotContain(await AuditAsync(world, code), a => a.Action == "reroute");

        var centre = await MessageAsync(world, world.As("soc.officer"), Reroute, code, ToBinhLu);

        Assert.Equal(HttpStatusCode.OK, centre.StatusCode);
        Assert.Single((await centre.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instances").EnumerateArray());
        Assert.Equal("verify", Assert.Single(await world.TasksAsync("minh.do", code)).GetProperty("elementId").GetString());
        Assert.Equal("UBND-03390", (await StaffViewAsync(world, code)).GetProperty("leadAgency").GetString());
        Assert.Contains(("soc.officer", "reroute", "UBND-03388 → UBND-03390: Đoạn đường thuộc địa bàn xã Bình Lư."), await AuditAsync(world, code));
    }

    [Fact]
    public async Task R7_5_A_reroute_to_an_agency_that_cannot_take_the_report_is_refused_before_it_is_correlated()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await world.SubmitAsync();
        var centre = world.As("soc.officer");
        var inactive = await InactiveAgencyAsync(world);
        var notReady = await InactiveAgencyAsync(world, except: inactive);
        await ActivateWithoutFocalLeaderAsync(world, notReady);

        await InvalidAsync(MessageAsync(world, centre, Reroute, code, new { targetAgency = "NO-SUCH-AGENCY", reason = "Sai địa bàn xã" }), "variables.targetAgency");
        await InvalidAsync(MessageAsync(world, centre, Reroute, code, new { targetAgency = inactive, reason = "Sai địa bàn xã" }), "variables.targetAgency");
        var unready = await InvalidAsync(MessageAsync(world, centre, Reroute, code, new { targetAgency = notReady, reason = "Sai địa bàn xã" }), "variables.targetAgency");
        await InvalidAsync(MessageAsync(world, centre, Reroute, code, new { targetAgency = "SOC-IOC", reason = "Sai địa bàn xã" }), "variables.targetAgency");
        await InvalidAsync(MessageAsync(world, centre, Reroute, code, new { targetAgency = "UBND-03388", reason = "Sai địa bàn xã" }), "variables.targetAgency");
        await InvalidAsync(MessageAsync(world, centre, Reroute, code, new { targetAgency = "UBND-03390", reason = "" }), "variables.reason");
        await InvalidAsync(MessageAsync(world, centre, Reroute, code, new { targetAgency = "UBND-03390", reason = "Sai địa bàn xã", leadAgency = "UBND-03390" }), "variables.leadAgency");
        await InvalidAsync(MessageAsync(world, centre, Reroute, code, ToBinhLu, timeToLive: "PT1H"), "timeToLive");
        await InvalidAsync(MessageAsync(world, centre, Reroute, "PA-2026-999999", ToBinhLu), "correlationKey");
        var api = await centre.PostAsJsonAsync($"/api/v1/reports/{code}/reroute", new { targetAgency = notReady, reason = "Sai địa bàn xã" });

        Assert.Contains("focal leader", unready.GetProperty("errors").GetProperty("variables.targetAgency")[0].GetString(), StringComparison.Ordinal);
        await InvalidAsync(Task.FromResult(api), "targetAgency");
        Assert.Equal("UBND-03388", (await StaffViewAsync(world, code)).GetProperty("leadAgency").GetString());
        Assert.Equal("verify", Assert.Single(await world.TasksAsync("an.nguyen", code)).GetProperty("elementId").GetString());
        Assert.DoesNotContain(await AuditAsync(world, code), a => a.Action == "reroute");
    }

    [Fact]
    public async Task R8_The_reporters_messages_are_refused_through_the_messages_api_whoever_sends_them()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await ResolvedAsync(world);

        foreach (var caller in new[] { world.Integration, world.Admin, world.As("soc.officer"), world.As("an.nguyen") })
        {
            var rated = await MessageAsync(world, caller, "report-feedback", code, new { kind = "rating", rating = "unsatisfied", text = (string?)null });
            var resubmitted = await MessageAsync(world, caller, "report-resubmitted", code, new { kind = "reply", text = "Không đồng ý." });

            var problem = await ProblemAssert.IsProblemAsync(rated, HttpStatusCode.Forbidden);
            Assert.Equal(["citizen"], problem.GetProperty("allowedSenders").EnumerateArray().Select(s => s.GetString()));
            await ProblemAssert.IsProblemAsync(resubmitted, HttpStatusCode.Forbidden);
        }

        var view = await StaffViewAsync(world, code);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("rating").ValueKind);
        Assert.Equal("resolved", view.GetProperty("state").GetString());
        Assert.Empty(await world.TasksAsync("tinh.officer", code));
        Assert.DoesNotContain(await AuditAsync(world, code), a => a.Action is "rating" or "resubmit");
    }

    [Fact]
    public async Task Messages_ThatNoDefinitionDeclares_AreTheAdministratorsOnly()
    {
        var world = await ReportWorld.StartAsync(NewHost());

        var admin = await MessageAsync(world, world.Admin, "no-such-message", "PA-2026-000001", new { });
        var integration = await MessageAsync(world, world.Integration, "no-such-message", "PA-2026-000001", new { });

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Empty((await admin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instances").EnumerateArray());
        var problem = await ProblemAssert.IsProblemAsync(integration, HttpStatusCode.Forbidden);
        Assert.Equal(["system"], problem.GetProperty("allowedSenders").EnumerateArray().Select(s => s.GetString()));
    }

    /// <summary>A People's Committee as seeded: inactive, nobody in it.</summary>
    private static async Task<string> InactiveAgencyAsync(ReportWorld world, string? except = null)
    {
        var agencies = await world.Admin.GetFromJsonAsync<JsonElement>("/api/v1/agencies");
        return agencies.EnumerateArray().Select(a => (Code: a.GetProperty("code").GetString()!, Active: a.GetProperty("active").GetBoolean()))
            .First(a => !a.Active && a.Code.StartsWith("UBND-0", StringComparison.Ordinal) && a.Code != except).Code;
    }

    /// <summary>Active without a focal leader (R12.1): the API refuses to make one, but the table may hold it.</summary>
    private static async Task ActivateWithoutFocalLeaderAsync(ReportWorld world, string code)
    {
        using var scope = world.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Agencies.Where(a => a.Code == code).ExecuteUpdateAsync(s => s.SetProperty(a => a.Active, true));
    }

    private static async Task<JsonElement> InvalidAsync(Task<HttpResponseMessage> call, string field)
    {
        var response = await call;
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        return problem;
    }
}

public sealed class SqliteMessageSenderApiTests : MessageSenderApiTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMessageSenderApiTests : MessageSenderApiTests
{
    public PostgresMessageSenderApiTests(PostgresDatabase database) => Postgres = database;
}
