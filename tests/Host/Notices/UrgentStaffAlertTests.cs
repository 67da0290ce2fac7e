using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Notices.Sms;
using LaiChau.Host.Tests.Reports;
using LaiChau.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Notices;

/// <summary>Issue 17 point 8 (R2.2): an urgent report alerts the lead agency's leaders and the monitoring centre by e-mail and SMS, hourly until claimed.</summary>
public abstract class UrgentStaffAlertTests : ProviderTestBase
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task R2_2_The_leaders_and_the_centre_get_an_email_and_an_sms_at_once_and_every_hour_until_someone_claims()
    {
        await using var smsc = await TestSmsc.StartAsync();
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port).WithSmsc(smsc.Port));
        await AccountAsync(world, "lan.le", "lan.le@laichau.gov.vn", "0913 000 111");
        await AccountAsync(world, "soc.officer", "soc.officer@laichau.gov.vn", "+84 988 000 222");
        await AccountAsync(world, "an.nguyen", "an.nguyen@laichau.gov.vn", "0977000333"); // an officer, not a leader: not alerted

        var code = await world.SubmitAsync(f =>
        {
            f["service_code"] = "sat-lo";
            f["description"] = "Sạt lở taluy dương lấp nửa mặt đường, đá vẫn đang rơi.";
        });
        var subject = $"KHẨN: phản ánh {code} chưa có người nhận xử lý";
        var atOnce = Alerted(smtp, smsc, subject);
        await world.AdvanceToAsync(Received + TimeSpan.FromMinutes(61));
        var afterAnHour = Alerted(smtp, smsc, subject);
        var direct = Assert.Single(await world.TasksAsync("lan.le", code));
        await ReportSteps.OkAsync(world.As("lan.le").PostAsync($"/api/v1/tasks/{direct.GetProperty("id").GetGuid()}/claim", null));
        await world.IdleAsync();
        await world.AdvanceToAsync(Received + TimeSpan.FromMinutes(181));

        Assert.Equal(["lan.le@laichau.gov.vn", "soc.officer@laichau.gov.vn"], atOnce.Mails);
        Assert.Equal(["84913000111", "84988000222"], atOnce.Sms);
        Assert.Equal(2, afterAnHour.Mails.Count(m => m == "lan.le@laichau.gov.vn"));
        Assert.Equal(2, afterAnHour.Sms.Count(m => m == "84988000222"));
        Assert.Equal(afterAnHour, Alerted(smtp, smsc, subject), new AlertedComparer()); // claimed: no more
        var mail = smtp.Messages.First(m => m.Subject == subject);
        Assert.Contains($"/can-bo/ho-so/{code}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(smsc.Submits, s => s.GetProperty("text").GetString()!.StartsWith(subject, StringComparison.Ordinal));
        // Never shown to the reporter: the tracking page's notices are the reporter's only.
        Assert.DoesNotContain("KHẨN", (await world.Public.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{code}.json"))[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R2_2_A_staff_mobile_is_a_Vietnamese_mobile_stored_encrypted_and_shown_masked()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        await ReportSteps.OkAsync(world.Admin.PostAsJsonAsync("/api/v1/users", new { userName = "lan.le", displayName = "Lê Thị Lan", email = "lan.le@laichau.gov.vn", password = "matkhau2026x" }));

        var landline = await world.Admin.PutAsJsonAsync("/api/v1/users/lan.le/phone", new { phone = "0213 3876 543" });
        var foreign = await world.Admin.PutAsJsonAsync("/api/v1/users/lan.le/phone", new { phone = "+1 415 555 0100" });
        var unknown = await world.Admin.PutAsJsonAsync("/api/v1/users/nobody/phone", new { phone = "0913000111" });
        var saved = await world.Admin.PutAsJsonAsync("/api/v1/users/lan.le/phone", new { phone = "0913.000.111" });
        var listed = (await world.Admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "lan.le");
        await using var scope = LastHost.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<LaiChau.Host.Security.Accounts.StaffUser>().Where(u => u.UserName == "lan.le")
            .Select(u => new { u.PhoneProtected, u.PhoneNumber }).SingleAsync();

        Assert.Equal(HttpStatusCode.BadRequest, landline.StatusCode);
        Assert.Contains("Số di động không hợp lệ", (await landline.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("phone")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal("091****111", listed.GetProperty("phone").GetString());
        Assert.NotNull(stored.PhoneProtected);
        Assert.DoesNotContain("0913000111", stored.PhoneProtected, StringComparison.Ordinal);
        Assert.Null(stored.PhoneNumber); // Identity's clear-text column stays empty
    }

    private static async Task AccountAsync(ReportWorld world, string userName, string email, string phone)
    {
        await ReportSteps.OkAsync(world.Admin.PostAsJsonAsync("/api/v1/users", new { userName, displayName = userName, email, password = "matkhau2026x" }));
        await ReportSteps.OkAsync(world.Admin.PutAsJsonAsync($"/api/v1/users/{userName}/phone", new { phone }));
    }

    private sealed record AlertedTo(List<string> Mails, List<string> Sms);

    private sealed class AlertedComparer : IEqualityComparer<AlertedTo>
    {
        public bool Equals(AlertedTo? x, AlertedTo? y) => x!.Mails.SequenceEqual(y!.Mails) && x.Sms.SequenceEqual(y.Sms);

        public int GetHashCode(AlertedTo obj) => obj.Mails.Count;
    }

    private static AlertedTo Alerted(LoopbackSmtpServer smtp, TestSmsc smsc, string subject) => new(
        [.. smtp.Messages.Where(m => m.Subject == subject).Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal)],
        [.. smsc.Submits.Where(s => s.GetProperty("text").GetString()!.StartsWith(subject, StringComparison.Ordinal))
            .Select(s => s.GetProperty("destination").GetString()!).Order(StringComparer.Ordinal)]);
}

public sealed class SqliteUrgentStaffAlertTests : UrgentStaffAlertTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresUrgentStaffAlertTests : UrgentStaffAlertTests
{
    public PostgresUrgentStaffAlertTests(PostgresDatabase database) => Postgres = database;
}
