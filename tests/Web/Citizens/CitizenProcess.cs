using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LaiChau.Web.Tests.Infrastructure;

namespace LaiChau.Web.Tests.Citizens;

/// <summary>Arranging a report's handling through the APIs (staff keys, /api/v1/tasks), and reading the reporter's e-mails.</summary>
internal static partial class CitizenProcess
{
    /// <summary>verify (accept) → direct → record the result → approve, each by the person whose task it is.</summary>
    public static async Task ToResultAsync(WebFixture web, string code, string result)
    {
        var officer = await StaffAsync(web, "an.nguyen");
        var leader = await StaffAsync(web, "lan.le");
        await CompleteAsync(web, officer, code, "verify", new { outcome = "accept" });
        await CompleteAsync(web, leader, code, "direct", new { instructions = "Giao tổ vệ sinh môi trường xử lý ngay." });
        await CompleteAsync(web, officer, code, "record-result", new { result });
        await CompleteAsync(web, leader, code, "approve-result", new { decision = "approve", comment = "Đồng ý." });
    }

    /// <summary>Completes the report's task of <paramref name="form"/> through the API as <paramref name="user"/>.</summary>
    public static async Task StepAsync(WebFixture web, string user, string code, string form, object variables) =>
        await CompleteAsync(web, await StaffAsync(web, user), code, form, variables);

    /// <summary>The element ids of a report's open tasks, as a staff member sees them.</summary>
    public static async Task<List<string>> OpenTasksAsync(WebFixture web, string user, string code)
    {
        var staff = await StaffAsync(web, user);
        var instances = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/instances?businessKey={code}");
        var instance = instances.GetProperty("items")[0].GetProperty("id").GetGuid();
        var tasks = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?instanceId={instance}&state=created");
        return [.. tasks.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("formKey").GetString()!)];
    }

    private static async Task<HttpClient> StaffAsync(WebFixture web, string user)
    {
        var response = await web.World.Admin.PostAsJsonAsync("/api/v1/api-keys", new { name = user, role = "Staff" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var key = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        return web.Host.CreateApiClient(key);
    }

    private static async Task CompleteAsync(WebFixture web, HttpClient staff, string code, string elementId, object variables)
    {
        var instances = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/instances?businessKey={code}");
        var instance = instances.GetProperty("items")[0].GetProperty("id").GetGuid();
        var tasks = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?instanceId={instance}&state=created");
        var task = tasks.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("formKey").GetString() == elementId);
        var response = await staff.PostAsJsonAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/complete", new { variables });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await web.World.IdleAsync();
    }

    /// <summary>The text of the notices e-mailed about a report (as the loopback SMTP server received them).</summary>
    public static async Task<List<string>> NoticesAsync(WebFixture web, string code)
    {
        await web.World.IdleAsync();
        return [.. web.Mail.Messages.Where(m => m.Subject?.Contains(code, StringComparison.Ordinal) == true).Select(m => m.TextBody ?? "")];
    }

    /// <summary>The secret tracking link in the receipt e-mail, as a path of the site.</summary>
    public static async Task<string> TrackingLinkAsync(WebFixture web, string code)
    {
        var notices = await NoticesAsync(web, code);
        var link = notices.Select(n => Link().Match(n)).FirstOrDefault(m => m.Success && m.Groups[1].Value == code);
        Assert.True(link is not null, $"No tracking link for {code} in {notices.Count} e-mails: {string.Join("\n---\n", notices)}");
        return new Uri(link!.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/tra-cuu/(PA-\d{4}-\d+)\?k=[A-Za-z0-9_\-]+")]
    private static partial Regex Link();
}
