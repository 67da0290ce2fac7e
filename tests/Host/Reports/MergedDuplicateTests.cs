using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Notices;
using LaiChau.Host.Tests.Notices.Sms;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Reports;

/// <summary>Issue 17 point 6 (R5.7): a confirmed duplicate ends as merged and its reporter follows the original; a lately resolved match is told at intake.</summary>
public abstract class MergedDuplicateTests : ProviderTestBase
{
    private const string FollowerEmail = "binh.tran@example.vn";
    private const string FollowerPhone = "84987654321";

    [Fact]
    public async Task R5_7_A_confirmed_duplicate_ends_as_merged_and_its_reporter_receives_the_originals_notices_result_included()
    {
        await using var smsc = await TestSmsc.StartAsync();
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port).WithSmsc(smsc.Port));
        var original = await world.SubmitAsync();
        var duplicate = await SubmitFollowerAsync(world);

        var merge = await world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{duplicate}/duplicate", new { confirm = true, reason = "Cùng ổ gà trên đường Trần Hưng Đạo." });
        await world.IdleAsync();
        var staffView = await ReportSteps.StaffViewAsync(world, duplicate);
        var open311 = (await world.Public.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{duplicate}.json"))[0];
        var tasks = await world.TasksAsync("an.nguyen", duplicate);
        var mergedMail = Assert.Single(smtp.Messages, m => m.To.Mailboxes.Single().Address == FollowerEmail && m.Subject!.Contains("gộp", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NoContent, merge.StatusCode);
        Assert.Equal("merged", staffView.GetProperty("state").GetString());
        Assert.Equal(original, staffView.GetProperty("duplicateOf").GetString());
        Assert.Equal("confirmed", staffView.GetProperty("duplicateLink").GetString());
        Assert.Equal("closed", open311.GetProperty("status").GetString());
        Assert.Contains(original, open311.GetProperty("status_notes").GetString(), StringComparison.Ordinal);
        Assert.Empty(tasks);
        Assert.Equal($"Phản ánh {duplicate} được gộp vào phản ánh {original}", mergedMail.Subject);
        Assert.Contains("Ghi chú của cán bộ: Cùng ổ gà trên đường Trần Hưng Đạo.", mergedMail.TextBody, StringComparison.Ordinal);
        Assert.Contains(SmsTo(smsc, FollowerPhone), t => t.StartsWith($"Phản ánh {duplicate} trùng với {original}", StringComparison.Ordinal));
        Assert.Contains(await ReportSteps.AuditAsync(world, duplicate), a => a is ("an.nguyen", "confirm-duplicate", _) && a.Detail!.StartsWith(original, StringComparison.Ordinal));

        await ResolveAsync(world, original);

        var result = Assert.Single(smtp.Messages, m => m.To.Mailboxes.Single().Address == FollowerEmail && m.Subject == $"Kết quả giải quyết phản ánh {original}");
        Assert.Contains("Kính gửi Trần Thị Bình,", result.TextBody, StringComparison.Ordinal);
        Assert.Contains("Đã vá ổ gà.", result.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/tra-cuu/{duplicate}?k=", result.TextBody, StringComparison.Ordinal); // the follower's own link, never the original reporter's
        Assert.Empty(result.Attachments); // the letter is addressed to the original's reporter
        Assert.Contains(SmsTo(smsc, FollowerPhone), t => t.StartsWith($"Đã có kết quả giải quyết phản ánh {original}", StringComparison.Ordinal));
        Assert.Single(smtp.Messages, m => m.To.Mailboxes.Single().Address == "an.nguyen@example.vn" && m.Subject == $"Kết quả giải quyết phản ánh {original}");
    }

    [Fact]
    public async Task R5_7_The_followers_of_a_state_secret_original_get_its_content_free_notices()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port));
        var original = await world.SubmitAsync();
        var duplicate = await SubmitFollowerAsync(world);
        await ReportSteps.OkAsync(world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{duplicate}/duplicate", new { confirm = true }));
        await ReportSteps.OkAsync(world.As("lan.le").PostAsJsonAsync($"/api/v1/reports/{original}/state-secret", new { secret = true, reason = "Liên quan công trình quốc phòng." }));

        await ResolveAsync(world, original);

        var toFollower = smtp.Messages.Where(m => m.To.Mailboxes.Single().Address == FollowerEmail)
            .SkipWhile(m => !m.Subject!.StartsWith($"Phản ánh {duplicate} được gộp", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.NotEmpty(toFollower); // the original's notices after the merge, the result's included
        Assert.All(toFollower, m => Assert.DoesNotContain("Đã vá ổ gà.", m.TextBody, StringComparison.Ordinal));
        Assert.Empty(toFollower.SelectMany(m => m.Attachments));
    }

    [Fact]
    public async Task R5_7_A_merge_names_an_existing_other_original_and_only_its_agency_or_the_centre_merges()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var original = await world.SubmitAsync();
        var duplicate = await SubmitFollowerAsync(world);

        var unknown = await world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{duplicate}/duplicate", new { confirm = true, original = "PA-2020-999999" });
        var itself = await world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{duplicate}/duplicate", new { confirm = true, original = duplicate });
        var otherAgency = await ReportSteps.MessageAsync(world, world.As("minh.do"), "report-merged", duplicate, new { originalCode = original, reason = "" });
        var withoutReason = await ReportSteps.MessageAsync(world, world.As("soc.officer"), "report-merged", duplicate, new { originalCode = original });
        var byCentre = await ReportSteps.MessageAsync(world, world.As("soc.officer"), "report-merged", duplicate, new { originalCode = original, reason = "" });
        var again = await world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{duplicate}/duplicate", new { confirm = true });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var unknownProblem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Name the original by its report code (PA-yyyy-nnnnnn).", unknownProblem.GetProperty("errors").GetProperty("original")[0].GetString());
        Assert.StartsWith("Nhập mã phản ánh gốc", unknownProblem.GetProperty("errorsVi").GetProperty("original")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Cannot merge into this original", unknownProblem.GetProperty("title").GetString());
        // A client that leaves reason out is told to send it ("" when none), not quoted an earlier step's reason.
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.True((await withoutReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("variables.reason", out _));
        Assert.Equal(HttpStatusCode.BadRequest, itself.StatusCode);
        Assert.False(otherAgency.IsSuccessStatusCode);
        Assert.True(byCentre.IsSuccessStatusCode, await byCentre.Content.ReadAsStringAsync());
        Assert.Equal("merged", (await ReportSteps.StaffViewAsync(world, duplicate)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var figures = await ReportSteps.MonthlyTotalsAsync(world, 2026, 3);
        // R11.3: merged counts on its own line, neither resolved nor open nor overdue; the original alone is open (and past its deadline at the month's end).
        Assert.Equal((1, 0, 0, 1, 1), (figures.Merged, figures.ResolvedOnTime, figures.ResolvedLate, figures.Open, figures.Overdue));
        var againProblem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Cannot merge now", true), (againProblem.GetProperty("title").GetString(), againProblem.GetProperty("detailVi").GetString()!.StartsWith("Phản ánh này đã có kết quả", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task R5_7_A_new_report_matching_one_resolved_in_the_last_30_days_is_told_that_result_at_intake_and_still_handled()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port));
        var original = await world.SubmitAsync();
        await ResolveAsync(world, original);
        await world.AdvanceToAsync(LastHost.Clock.GetUtcNow() + TimeSpan.FromDays(20));

        var response = await world.Public.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key, Follower)));
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        var code = created.GetProperty("service_request_id").GetString()!;
        await world.IdleAsync();
        await world.AdvanceToAsync(LastHost.Clock.GetUtcNow() + TimeSpan.FromDays(11));
        var late = await world.Public.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key, f =>
        {
            Follower(f);
            f["phone"] = "0977 111 222";
        })));

        Assert.Contains($"Phản ánh tương tự {original} tại địa điểm này đã được giải quyết gần đây, kết quả: Đã vá ổ gà.", created.GetProperty("service_notice").GetString(), StringComparison.Ordinal);
        var receipt = Assert.Single(smtp.Messages, m => m.Subject == $"Đã tiếp nhận phản ánh {code}");
        Assert.Contains($"Phản ánh tương tự mã số {original} tại địa điểm này đã được giải quyết gần đây, kết quả: Đã vá ổ gà.", receipt.TextBody, StringComparison.Ordinal);
        Assert.Single(await world.TasksAsync("an.nguyen", code)); // received and handled all the same: verify is open
        Assert.DoesNotContain(original, JsonDocument.Parse(await late.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_notice").GetString(), StringComparison.Ordinal);
    }

    private static void Follower(Dictionary<string, string> f)
    {
        f["first_name"] = "Thị Bình";
        f["last_name"] = "Trần";
        f["phone"] = "0987654321";
        f["email"] = FollowerEmail;
        f["description"] = "O ga lon giua duong Tran Hung Dao, xe may rat de nga.";
        f["lat"] = "22.43650";
    }

    private async Task<string> SubmitFollowerAsync(ReportWorld world)
    {
        LastHost.Clock.Advance(TimeSpan.FromHours(3));
        return await world.SubmitAsync(Follower);
    }

    private static async Task ResolveAsync(ReportWorld world, string code)
    {
        await ReportSteps.OkAsync(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        await ReportSteps.OkAsync(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Xử lý ngay." }));
        await ReportSteps.OkAsync(world.CompleteAsync("an.nguyen", code, "record-result", new { result = "Đã vá ổ gà." }));
        await ReportSteps.OkAsync(world.CompleteAsync("lan.le", code, "approve-result", new { decision = "approve" }));
        await world.IdleAsync();
    }

    private static List<string> SmsTo(TestSmsc smsc, string destination) =>
        [.. smsc.Submits.Where(s => s.GetProperty("destination").GetString() == destination).GroupBy(s => s.GetProperty("reference").GetInt32())
            .Select(g => string.Concat(g.Select(s => s.GetProperty("text").GetString())))];
}

public sealed class SqliteMergedDuplicateTests : MergedDuplicateTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMergedDuplicateTests : MergedDuplicateTests
{
    public PostgresMergedDuplicateTests(PostgresDatabase database) => Postgres = database;
}
