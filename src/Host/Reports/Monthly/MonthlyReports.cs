using System.Globalization;
using LaiChau.Host.Calendar;
using LaiChau.Host.Data;
using LaiChau.Host.Documents;
using LaiChau.Host.Mail;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Workflows.Timers;
using LaiChau.Reporting.Monthly;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Monthly;

/// <summary>
/// The monthly report (R11.3, issue 7 point 4): on demand as a draft (no number taken), and on the 1st at 07:00 the
/// previous month's province report issued with a number, stored, and e-mailed to the monitoring centre and the
/// provincial People's Committee (<see cref="MonthlyReportOptions.Recipients"/>). Running the
/// job again for a month re-sends the stored report if it was not mailed, and never issues a second number.
/// </summary>
public sealed partial class MonthlyReports(
    IServiceScopeFactory scopes,
    IMailSender mail,
    TimeProvider clock,
    CalendarSource calendars,
    IOptions<MonitoringCentreOptions> options,
    IOptions<MonthlyReportOptions> monthly,
    ILogger<MonthlyReports> logger)
    : IMonthlyReportHook
{
    public static string Key(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    /// <summary>The stored report of the month (province), else a fresh draft; for one agency always a draft.</summary>
    public async Task<byte[]> GetAsync(int year, int month, string? agency, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (agency is null && await db.Set<MonthlyReportRow>().AsNoTracking().FirstOrDefaultAsync(m => m.Month == Key(year, month), ct) is { } stored)
        {
            return stored.Pdf;
        }

        var report = await new MonthlyFigures(db, await calendars.GetAsync(ct)).ComputeAsync(year, month, agency, "Số:      /BC-SOC-IOC (dự thảo)", VietnamTime.Today(clock), ct);
        return MonthlyReportDocument.Render(report);
    }

    public async Task GenerateAsync(DateOnly firstDayOfMonth, CancellationToken ct)
    {
        var key = Key(firstDayOfMonth.Year, firstDayOfMonth.Month);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Set<MonthlyReportRow>().FirstOrDefaultAsync(m => m.Month == key, ct);
        if (row is null)
        {
            var now = clock.GetUtcNow();
            var today = VietnamTime.Today(now);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var number = DocumentNumbers.Format(await new DocumentNumbers(db).NextAsync(AgencyRules.MonitoringCentre, today.Year, ct), "BC-SOC-IOC");
            var report = await new MonthlyFigures(db, await calendars.GetAsync(ct)).ComputeAsync(firstDayOfMonth.Year, firstDayOfMonth.Month, null, number, today, ct);
            row = new MonthlyReportRow { Month = key, Number = number, IssuedAt = now, Pdf = MonthlyReportDocument.Render(report) };
            db.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                LogIssued(logger, key, number);
            }
            catch (DbUpdateException)
            {
                // Issued meanwhile by another run (another host, or a call beside the recurring job): keep that one.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                row = await db.Set<MonthlyReportRow>().FirstAsync(m => m.Month == key, ct);
            }
        }

        var recipients = Recipients();
        if (row.MailedAt is null && recipients.Count > 0)
        {
            var month = $"{firstDayOfMonth.Month:00}/{firstDayOfMonth.Year}";
            foreach (var (to, i) in recipients.Select((to, i) => (to, i)))
            {
                await mail.SendAsync(new MailMessage(to, null, $"Báo cáo tháng {month} về tiếp nhận và giải quyết phản ánh hiện trường",
                    $"Kính gửi Ủy ban nhân dân tỉnh Lai Châu và Trung tâm Giám sát, điều hành thông minh tỉnh,\n\nTrung tâm gửi kèm báo cáo tháng {month} ({row.Number}) "
                    + "về kết quả tiếp nhận, giải quyết phản ánh hiện trường, danh sách phản ánh quá hạn và chưa được giải quyết dứt điểm (R11.3).\n")
                {
                    MessageId = i == 0 ? $"monthly-report-{key}" : $"monthly-report-{key}-{i}",
                    Attachments = [new MailAttachment($"bao-cao-{key}.pdf", "application/pdf", row.Pdf)],
                }, ct);
            }

            row.MailedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The centre's mailbox and the provincial People's Committee's (R11.3), each once.</summary>
    private List<string> Recipients() =>
        [.. new[] { options.Value.Email }.Concat(monthly.Value.Recipients)
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    [LoggerMessage(Level = LogLevel.Information, Message = "Monthly report {Month} issued as {Number}")]
    private static partial void LogIssued(ILogger logger, string month, string number);
}
