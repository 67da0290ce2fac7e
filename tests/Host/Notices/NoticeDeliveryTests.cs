using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Notices;
using LaiChau.Host.Notices.Sms;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Notices.Sms;
using LaiChau.Host.Tests.Reports;
using LaiChau.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Notices;

/// <summary>Issue 17 point 1: every notice on every channel the reporter gave, each channel delivered and retried on its own.</summary>
public abstract class NoticeDeliveryTests : ProviderTestBase
{
    [Fact]
    public async Task R5_4_PhoneOnlyReporterGetsEverySms_WithTheSecretLinkInTwoPartsAtMost()
    {
        await using var smsc = await TestSmsc.StartAsync();
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port).WithSmsc(smsc.Port));

        var code = await world.SubmitAsync(f => f.Remove("email"));

        Assert.Empty(smtp.Messages);
        var submits = smsc.Submits;
        Assert.InRange(submits.Count, 1, 2);
        Assert.All(submits, s => Assert.Equal("84912345678", s.GetProperty("destination").GetString()));
        var text = string.Concat(submits.Select(s => s.GetProperty("text").GetString()));
        Assert.StartsWith($"Đã tiếp nhận phản ánh {code}, hạn giải quyết ", text, StringComparison.Ordinal);
        var link = text[text.IndexOf(NoticeHosts.Site, StringComparison.Ordinal)..];
        var redirect = await world.Public.GetAsync(link[NoticeHosts.Site.Length..].Insert(0, "/"));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith($"/tra-cuu/{code}?k=", redirect.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryNotice_GoesToEveryChannel_AndOneChannelDownDoesNotHoldTheOther()
    {
        await using var smsc = await TestSmsc.StartAsync();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(LoopbackPorts.Free()).WithSmsc(smsc.Port)); // no SMTP server

        var code = await world.SubmitAsync();

        Assert.Contains(code, string.Concat(smsc.Submits.Select(s => s.GetProperty("text").GetString())), StringComparison.Ordinal);
        var deliveries = await Deliveries(world, code);
        Assert.Equal(["email:pending", "sms:sent"], deliveries);
        Assert.Empty((await world.Admin.GetFromJsonAsync<JsonElement>("/api/v1/incidents")).EnumerateArray());
    }

    [Fact]
    public async Task SmtpAndSmppDownForAnHour_EveryNoticeIsDeliveredExactlyOnce_AndTheOutageWasVisible()
    {
        var smtpPort = LoopbackPorts.Free();
        var smscPort = LoopbackPorts.Free();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtpPort).WithSmsc(smscPort));
        var codes = new[] { await world.SubmitAsync(), await world.SubmitAsync(f => f["description"] = "Đèn chiếu sáng trên đường Lê Lợi bị hỏng nhiều ngày, ban đêm rất tối.") };
        var start = LastHost.Clock.GetUtcNow();

        for (var minutes = 5; minutes <= 60; minutes += 5)
        {
            await world.AdvanceToAsync(start + TimeSpan.FromMinutes(minutes));
        }

        var during = await world.Public.GetFromJsonAsync<JsonElement>("/health");
        var audit = await ReportSteps.AuditAsync(world, codes[0]);
        await using var smtp = new LoopbackSmtpServer(smtpPort);
        await using var smsc = await TestSmsc.StartAsync(new { port = smscPort });
        await world.AdvanceToAsync(start + TimeSpan.FromHours(2));
        await world.AdvanceToAsync(start + TimeSpan.FromHours(3));
        var after = await world.Public.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("Degraded", during.GetProperty("checks").GetProperty("notices").GetProperty("status").GetString());
        Assert.Contains(audit, a => a.Action == "notice-delayed");
        Assert.Empty((await world.Admin.GetFromJsonAsync<JsonElement>("/api/v1/incidents")).EnumerateArray());
        Assert.Equal(2, smtp.Messages.Count);
        Assert.Equal(codes.Order(), smtp.Messages.Select(m => m.Subject![^14..]).Order());
        var parts = smsc.Submits.Select(s => (Reference: s.GetProperty("reference").GetInt32(), Udh: string.Concat(s.GetProperty("udh").EnumerateArray()))).ToList();
        Assert.Equal(2, parts.Select(p => p.Reference).Distinct().Count());
        Assert.Equal(parts.Count, parts.Distinct().Count()); // no part twice
        Assert.Equal("Healthy", after.GetProperty("checks").GetProperty("notices").GetProperty("status").GetString());
        foreach (var code in codes)
        {
            Assert.Equal(["email:sent", "sms:sent"], await Deliveries(world, code));
        }
    }

    [Fact]
    public async Task SmsTemplates_AreEditable_AndATextOverTwoPartsIsRefusedInBothLanguages()
    {
        await using var smsc = await TestSmsc.StartAsync();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(LoopbackPorts.Free()).WithSmsc(smsc.Port));

        var longSms = string.Concat(Enumerable.Repeat("Rất dài ", 20)) + "{{ TrackingUrl }}";
        var tooLong = await world.Admin.PutAsJsonAsync("/api/v1/notice-templates/receipt", new { subject = "Đã tiếp nhận {{ ReportCode }}", text = "x", sms = longSms });
        var edited = await world.Admin.PutAsJsonAsync("/api/v1/notice-templates/receipt", new
        {
            subject = "Đã tiếp nhận {{ ReportCode }}", text = "x", sms = "Lai Châu đã nhận {{ ReportCode }}: {{ TrackingUrl }}",
        });
        var code = await world.SubmitAsync(f => f.Remove("email"));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var problem = await tooLong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("at most 2 parts", problem.GetProperty("errors").GetProperty("sms")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("tối đa 2 tin", LaiChau.Host.Mail.NoticeTemplates.CheckSms(longSms)?.Vietnamese, StringComparison.Ordinal); // the page's language
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.StartsWith($"Lai Châu đã nhận {code}: {NoticeHosts.Site}t/", string.Concat(smsc.Submits.Select(s => s.GetProperty("text").GetString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliveryReceipts_AreStoredPerSmsPart()
    {
        await using var smsc = await TestSmsc.StartAsync(new { receipts = true });
        var stored = new ReceiptsStored();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(LoopbackPorts.Free()).WithSmsc(smsc.Port).WithServices(services =>
        {
            services.AddSingleton<StoredSmsReceipts>();
            services.AddSingleton<ISmsReceiptSink>(sp => new CountingReceiptSink(sp.GetRequiredService<StoredSmsReceipts>(), stored));
        }));

        await world.SubmitAsync(f => f.Remove("email"));
        await smsc.WaitForAsync("receipt", smsc.Submits.Count);
        await stored.WaitForAsync(smsc.Submits.Count); // stored by the link's reader, a moment after the SMSC sent it

        using var scope = LastHost.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = smsc.Submits.Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Order(), db.SmsReceipts.Select(r => r.MessageId).AsEnumerable().Order());
        Assert.All(db.SmsReceipts, r => Assert.Equal("DELIVRD", r.State));
        Assert.Equal(ids.Order(), db.SmsParts.Select(p => p.MessageId).AsEnumerable().Order());
    }

    private async Task<List<string>> Deliveries(ReportWorld world, string code)
    {
        await using var scope = LastHost.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        _ = world;
        return [.. db.NoticeDeliveries.Where(d => d.ReportCode == code).Select(d => d.Channel + ":" + d.State).AsEnumerable().Order(StringComparer.Ordinal)];
    }
}

public sealed class SqliteNoticeDeliveryTests : NoticeDeliveryTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNoticeDeliveryTests : NoticeDeliveryTests
{
    public PostgresNoticeDeliveryTests(PostgresDatabase database) => Postgres = database;
}
