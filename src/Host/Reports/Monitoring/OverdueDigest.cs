using System.Globalization;
using System.Text;
using LaiChau.Host.Data;
using LaiChau.Host.Mail;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Workflows.Timers;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Monitoring;

/// <summary>
/// The daily 07:30 digest for the monitoring centre (R11.1, R12.3): every open report past its deadline, grouped by
/// lead agency, hidden ones marked (R9). One mail per day (its Message-ID is the day), nothing sent when nothing is
/// late; without a configured mailbox the digest is only logged.
/// </summary>
public sealed partial class OverdueDigest(
    IServiceScopeFactory scopes, IMailSender mail, TimeProvider clock, IOptions<MonitoringCentreOptions> options, ILogger<OverdueDigest> logger)
    : IOverdueDigestHook
{
    public const int MaxListed = 1000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateOnly? _sentOn;

    /// <remarks>The digest tells the state now, dated today: a firing delayed by downtime reports today's lateness.</remarks>
    public async Task SendAsync(DateOnly firingDay, CancellationToken ct)
    {
        // One digest a day: a firing caught up after downtime and the day's own firing do not both mail.
        await _gate.WaitAsync(ct);
        try
        {
            await SendOnceAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task SendOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var day = VietnamTime.Today(now);
        if (_sentOn == day)
        {
            return;
        }

        var late = await db.Reports.AsNoTracking()
            .Where(r => r.DueAt < now && r.State != ReportState.Rejected && r.State != ReportState.Resolved && r.State != ReportState.Closed && r.State != ReportState.Merged)
            .OrderBy(r => r.LeadAgency).ThenBy(r => r.DueAt).Take(MaxListed)
            .Select(r => new { r.Code, r.LeadAgency, r.DueAt, r.Hidden }).ToListAsync(ct);
        LogDigest(logger, day.ToString("O", CultureInfo.InvariantCulture), late.Count);
        if (late.Count == 0 || options.Value.Email is not { Length: > 0 } to)
        {
            return;
        }

        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Danh sách phản ánh quá hạn giải quyết ngày {day:dd/MM/yyyy}: {late.Count} phản ánh.\n");
        foreach (var agency in late.GroupBy(r => r.LeadAgency))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{names.GetValueOrDefault(agency.Key, agency.Key)} ({agency.Count()}):\n");
            foreach (var r in agency)
            {
                var days = (int)Math.Floor((now - r.DueAt).TotalDays);
                text.Append(CultureInfo.InvariantCulture, $"- {r.Code}: hạn {VietnamTime.Of(r.DueAt):dd/MM/yyyy HH:mm}, quá {days} ngày{(r.Hidden ? " (đang ẩn)" : "")}\n");
            }
        }

        await mail.SendAsync(new MailMessage(to, "SOC-IOC", $"Phản ánh quá hạn ngày {day:dd/MM/yyyy}: {late.Count}", text.ToString())
        {
            MessageId = $"overdue-digest-{day:yyyyMMdd}",
        }, ct);
        _sentOn = day;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Overdue digest for {Day}: {Count} reports past their deadline")]
    private static partial void LogDigest(ILogger logger, string day, int count);
}
