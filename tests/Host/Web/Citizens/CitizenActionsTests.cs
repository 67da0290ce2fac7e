using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LaiChau.Host.Reports.Tracking;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Reports;
using LaiChau.Testing;
using Microsoft.Extensions.DependencyInjection;
using static LaiChau.Host.Tests.Reports.ReportSteps;

namespace LaiChau.Host.Tests.Web.Citizens;

/// <summary>
/// Issue 17 point 3: a reporter who gave only a phone number acts from the secret tracking link alone — reply (R8.1),
/// rate (R8.2) and "Tôi chưa đồng ý với kết quả" (R7.6) — while the process waits, within the definition's window.
/// </summary>
public abstract partial class CitizenActionsTests : ProviderTestBase
{
    /// <summary>Thu 5 Mar 2026 15:00 in Vietnam: the shipped window (P30D working days) closes Thu 16 Apr 2026 17:00.</summary>
    private static readonly DateTimeOffset ResultGiven = new(2026, 3, 5, 15, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task R8_2_PhoneOnlyReporterRatesFromSecretLink()
    {
        var (world, code, citizen, link) = await PhoneOnlyResultAsync();

        var page = await PageAsync(citizen, link);
        var rated = await PostAsync(citizen, link, Token(page), new() { ["kind"] = "rating", ["rating"] = "unsatisfied" });
        await world.IdleAsync();

        foreach (var form in new[] { "data-rating-form", "data-reply-form", "data-resubmit-form" })
        {
            Assert.Contains(form, page, StringComparison.Ordinal);
        }

        Assert.Contains("Tôi chưa đồng ý với kết quả", page, StringComparison.Ordinal);
        Assert.Contains("đến 17:00 16/04/2026", page, StringComparison.Ordinal); // the definition's window, read from the process
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Equal("unsatisfied", (await StaffViewAsync(world, code)).GetProperty("rating").GetString());
        Assert.Contains(("citizen (tracking link)", "rating", "unsatisfied"), await AuditAsync(world, code));
    }

    [Fact]
    public async Task R7_6_PhoneOnlyReporterResubmitsFromSecretLink()
    {
        var (world, code, citizen, link) = await PhoneOnlyResultAsync();
        var token = Token(await PageAsync(citizen, link));

        var empty = await PostAsync(citizen, link, token, new() { ["kind"] = "resubmit", ["text"] = " " });
        await world.IdleAsync();
        Assert.Empty(await world.TasksAsync("tinh.officer", code));
        var resubmitted = await PostAsync(citizen, link, token, new() { ["kind"] = "resubmit", ["text"] = "Ổ gà vẫn còn nguyên, tôi không đồng ý." });
        await world.IdleAsync();
        var after = await PageAsync(citizen, link);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Vui lòng nhập nội dung.", Decoded(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(["assign-agency"], (await world.TasksAsync("tinh.officer", code)).Select(t => t.GetProperty("formKey").GetString()));
        Assert.Equal([("citizen (tracking link)", "resubmit", (string?)null)], (await AuditAsync(world, code)).Where(a => a.Action == "resubmit"));
        Assert.Contains("Đã báo cáo UBND tỉnh để phân công cơ quan xử lý", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-resubmit-form", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R7_6_ResubmitButtonOutsideWindowIsRefused()
    {
        var (world, code, citizen, link) = await PhoneOnlyResultAsync();
        var closes = WindowEnd(await PageAsync(citizen, link));
        await world.AdvanceToAsync(closes.AddMinutes(-1));
        var lastMinute = await PageAsync(citizen, link);
        var token = Token(lastMinute);

        await world.AdvanceToAsync(closes.AddMinutes(1));
        var closed = await PageAsync(citizen, link);
        var refused = await PostAsync(citizen, link, token, new() { ["kind"] = "resubmit", ["text"] = "Tôi vẫn không đồng ý với kết quả." });
        var byApp = await world.Integration.PostAsJsonAsync($"/api/v1/reports/{code}/resubmit", new { phone = "0912345678", text = "Tôi vẫn không đồng ý với kết quả." });
        var ratedByApp = await world.Integration.PostAsJsonAsync($"/api/v1/reports/{code}/feedback", new { phone = "0912345678", kind = "rating", rating = "satisfied" });
        await world.IdleAsync();

        Assert.Contains("data-resubmit-form", lastMinute, StringComparison.Ordinal);
        Assert.DoesNotContain("data-resubmit-form", closed, StringComparison.Ordinal);
        Assert.Contains("Thời hạn phản hồi, đánh giá và đề nghị xem xét lại kết quả đã kết thúc.", closed, StringComparison.Ordinal);
        // One rule for every route (ADR 0028): outside the window the report's state refuses it, 409.
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict), (refused.StatusCode, byApp.StatusCode, ratedByApp.StatusCode));
        Assert.Contains("đã hết thời gian", Decoded(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain(await AuditAsync(world, code), a => a.Action == "resubmit"); // nothing half-saved
        Assert.Empty(await world.TasksAsync("tinh.officer", code));
    }

    [Fact]
    public async Task R8_1_WhileAClarificationIsAnsweredOnlyTheResubmissionIsOffered()
    {
        var (world, code, citizen, link) = await PhoneOnlyResultAsync();

        var replied = await PostAsync(citizen, link, Token(await PageAsync(citizen, link)), new() { ["kind"] = "reply", ["text"] = "Khi nào sửa hẳn?" });
        await world.IdleAsync();
        var waiting = await PageAsync(citizen, link);
        await OkAsync(world.CompleteAsync("an.nguyen", code, "clarify", new { answer = "Tuần sau sẽ thảm lại mặt đường." }));
        var answered = await PageAsync(citizen, link);

        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        Assert.Contains("data-feedback-pending", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("data-rating-form", waiting, StringComparison.Ordinal);
        Assert.Contains("data-resubmit-form", waiting, StringComparison.Ordinal);
        Assert.Contains("đến 17:00 16/04/2026", waiting, StringComparison.Ordinal); // the same window: the process did not restart it
        Assert.Contains("data-rating-form", answered, StringComparison.Ordinal);
    }

    /// <summary>A phone-only report (no e-mail) resolved at <see cref="ResultGiven"/>, the citizen's client and the secret link.</summary>
    private async Task<(ReportWorld World, string Code, HttpClient Citizen, string Link)> PhoneOnlyResultAsync()
    {
        var host = NewHost();
        host.Clock.SetUtcNow(ResultGiven.AddDays(-2).ToUniversalTime());
        var world = await ReportWorld.StartAsync(host);
        var code = await world.SubmitAsync(f => f.Remove("email"));
        await OkAsync(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        await OkAsync(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Xử lý ngay." }));
        await OkAsync(world.CompleteAsync("an.nguyen", code, "record-result", new { result = "Đã vá ổ gà." }));
        await world.AdvanceToAsync(ResultGiven);
        await OkAsync(world.CompleteAsync("lan.le", code, "approve-result", new { decision = "approve" }));
        var secret = world.Host.Services.GetRequiredService<TrackingLinks>().Secret(code);
        return (world, code, world.Host.CreateClient(apiKey: null), $"/tra-cuu/{code}?k={Uri.EscapeDataString(secret)}");
    }

    private static async Task<string> PageAsync(HttpClient citizen, string link) => Decoded(await citizen.GetStringAsync(link));

    private static Task<HttpResponseMessage> PostAsync(HttpClient citizen, string link, string token, Dictionary<string, string> fields)
    {
        fields["__af"] = token; // the host's antiforgery field (Web/WebSetup.cs)
        return citizen.PostAsync(link + "&handler=Feedback", new FormUrlEncodedContent(fields));
    }

    private static string Decoded(string html) => WebUtility.HtmlDecode(html);

    private static string Token(string page)
    {
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, "the reporter's page has a form");
        return token.Groups[1].Value;
    }

    private static DateTimeOffset WindowEnd(string page)
    {
        var closes = Closes().Match(page);
        Assert.True(closes.Success, "the page says until when the reporter may act");
        return new DateTimeOffset(DateTime.ParseExact(closes.Groups[1].Value, "HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture), TimeSpan.FromHours(7));
    }

    [GeneratedRegex("name=\"__af\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"data-window-closes>[^<]*đến (\d\d:\d\d \d\d/\d\d/\d{4})")]
    private static partial Regex Closes();
}

public sealed class SqliteCitizenActionsTests : CitizenActionsTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCitizenActionsTests : CitizenActionsTests
{
    public PostgresCitizenActionsTests(PostgresDatabase database) => Postgres = database;
}
