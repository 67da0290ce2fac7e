using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Reports;

/// <summary>Steps of the shipped process through the HTTP API that the authorization tests (issue 16 point 5) share.</summary>
internal static class ReportSteps
{
    /// <summary>A report accepted, directed, recorded and approved by its agency (phường Đoàn Kết).</summary>
    public static async Task<string> ResolvedAsync(ReportWorld world)
    {
        var code = await world.SubmitAsync();
        await OkAsync(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        await OkAsync(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Xử lý ngay." }));
        await OkAsync(world.CompleteAsync("an.nguyen", code, "record-result", new { result = "Đã vá ổ gà." }));
        await OkAsync(world.CompleteAsync("lan.le", code, "approve-result", new { decision = "approve" }));
        return code;
    }

    /// <summary>The id of the open task of <paramref name="elementId"/>, as an administrator finds it.</summary>
    public static async Task<Guid> TaskIdAsync(ReportWorld world, string code, string elementId)
    {
        var instances = await world.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/instances?businessKey={code}");
        var instance = instances.GetProperty("items")[0].GetProperty("id").GetGuid();
        var tasks = await world.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?instanceId={instance}&state=created");
        return tasks.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("elementId").GetString() == elementId).GetProperty("id").GetGuid();
    }

    /// <summary>The report's audit trail as the monitoring centre reads it: (actor, action, detail) in order.</summary>
    public static async Task<List<(string Actor, string Action, string? Detail)>> AuditAsync(ReportWorld world, string code)
    {
        var audit = await world.As("soc.officer").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/audit");
        return [.. audit.EnumerateArray().Where(a => a.GetProperty("action").GetString() is not ("notice-sent" or "notice-skipped"))
            .Select(a => (a.GetProperty("actor").GetString()!, a.GetProperty("action").GetString()!,
                a.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null))];
    }

    /// <summary>The report as staff see it (the monitoring centre sees every report).</summary>
    public static Task<JsonElement> StaffViewAsync(ReportWorld world, string code) =>
        world.As("soc.officer").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");

    /// <summary><c>POST /api/v1/messages</c> for a report, then lets the workers finish.</summary>
    public static async Task<HttpResponseMessage> MessageAsync(ReportWorld world, HttpClient client, string name, string code, object variables, string? timeToLive = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/messages", new { name, correlationKey = code, variables, timeToLive });
        await world.IdleAsync();
        return response;
    }

    /// <summary>The monitoring centre's figures of a month (R11.3) for the whole province, as the monthly report computes them.</summary>
    public static async Task<LaiChau.Reporting.Monthly.ReportTotals> MonthlyTotalsAsync(ReportWorld world, int year, int month)
    {
        using var scope = world.Host.Services.CreateScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<LaiChau.Host.Calendar.CalendarSource>().GetAsync(CancellationToken.None);
        var report = await new LaiChau.Host.Reports.Monthly.MonthlyFigures(scope.ServiceProvider.GetRequiredService<LaiChau.Host.Data.AppDbContext>(), calendar)
            .ComputeAsync(year, month, null, "1/BC", new DateOnly(year, month, 1).AddMonths(1), CancellationToken.None);
        return report.Totals;
    }

    public static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
