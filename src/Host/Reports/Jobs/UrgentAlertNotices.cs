using LaiChau.Host.Data;
using LaiChau.Host.Mail;
using LaiChau.Host.Notices;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Security;
using LaiChau.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Jobs;

/// <summary>
/// R2.2: an urgent alert goes at once, by the channels its <c>channels</c> header names (<c>email,sms</c>), to the lead
/// agency's leaders and the monitoring centre's staff — every active staff account among them with an e-mail address
/// or a mobile number. One notice per person (<see cref="NoticeRow.StaffRecipientId"/>), rendered from the editable
/// <c>urgent-alert</c> texts and delivered by the reporters' dispatcher, so an outage of a channel delays only it.
/// The addresses and numbers are read at each try, never from process variables, never logged.
/// </summary>
public sealed class UrgentAlertNotices(NoticeTemplates templates, NoticeTemplateStore store, PersonalData personalData, Tracking.TrackingLinks tracking)
{
    public const string ChannelsHeader = "channels";

    /// <summary>The channels a job asks for: <c>email</c>, <c>sms</c>; none when the header is absent.</summary>
    public static IReadOnlySet<string> Channels(ActivatedJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var header = job.Headers.GetValueOrDefault(ChannelsHeader) ?? "";
        return header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(c => c is NoticeChannels.Email or NoticeChannels.Sms).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Adds the notices to <paramref name="db"/> (saved with the alert row); the number of people alerted.</summary>
    public async Task<int> AddAsync(AppDbContext db, ActivatedJob job, ReportRow report, string agency, IReadOnlySet<string> channels, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(report);
        if (channels.Count == 0)
        {
            return 0;
        }

        var agencies = await db.Agencies.AsNoTracking().Include(a => a.Members)
            .Where(a => a.Code == Intake.Routing.MonitoringCentre || a.Code == agency).ToListAsync(ct);
        var people = agencies.SelectMany(a => a.Members.Where(m => a.Code == Intake.Routing.MonitoringCentre || m.Role == MemberRole.Leader))
            .Select(m => m.UserId).Distinct(StringComparer.Ordinal).ToList();
        var accounts = await db.Set<Security.Accounts.StaffUser>().AsNoTracking()
            .Where(u => people.Contains(u.UserName!) && !u.Disabled)
            .Select(u => new { u.UserName, u.DisplayName, u.Email, u.PhoneProtected }).ToListAsync(ct);
        var agencyName = agencies.FirstOrDefault(a => a.Code == agency)?.Name ?? agency;
        var source = await store.FindAsync(NoticeKind.UrgentAlert, ct);
        var alerted = 0;
        foreach (var account in accounts.OrderBy(a => a.UserName, StringComparer.Ordinal))
        {
            var reachable = new List<string>();
            if (channels.Contains(NoticeChannels.Email) && !string.IsNullOrWhiteSpace(account.Email))
            {
                reachable.Add(NoticeChannels.Email);
            }

            if (channels.Contains(NoticeChannels.Sms) && account.PhoneProtected is not null)
            {
                reachable.Add(NoticeChannels.Sms);
            }

            if (reachable.Count == 0)
            {
                continue;
            }

            var model = new NoticeModel(report.Code, account.DisplayName, report.ReceivedAt, report.DueAt, agencyName, TrackingUrl: tracking.StaffCaseUrl(report.Code));
            var mail = templates.Render(NoticeKind.UrgentAlert, model, source is null ? null : (source.Subject, source.Text));
            var notice = new NoticeRow
            {
                Id = Guid.NewGuid(), JobId = job.Id, ReportCode = report.Code, StaffRecipientId = account.UserName!, Kind = NoticeKinds.Name(NoticeKind.UrgentAlert),
                CreatedAt = now, SubjectProtected = personalData.Protect(mail.Subject)!, TextProtected = personalData.Protect(mail.Text)!,
                SmsTextProtected = personalData.Protect(templates.RenderSms(NoticeKind.UrgentAlert, model, source?.Sms))!,
            };
            db.Notices.Add(notice);
            NoticeDeliveryRows.Add(db, notice, reachable);
            alerted++;
        }

        return alerted;
    }
}
