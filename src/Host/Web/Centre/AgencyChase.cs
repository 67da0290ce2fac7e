using System.Globalization;
using System.Text;
using LaiChau.Host.Data;
using LaiChau.Host.Mail;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Security.Accounts;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Web.Centre;

/// <summary>
/// The monitoring centre chases an agency (issue 8 point 4): a reminder e-mail about its overdue reports goes to the
/// agency's focal leader (the e-mail of their staff account), and every report named is journaled (<c>chase</c>).
/// </summary>
public sealed class AgencyChase(AppDbContext db, UserManager<StaffUser> users, IMailSender mail, TimeProvider clock)
{
    public const string AuditAction = "chase";

    public enum Outcome { Sent, UnknownAgency, NothingOverdue, NoFocalLeader, NoEmail }

    public async Task<(Outcome Outcome, int Reports)> ChaseAsync(string? agencyCode, string actor, CancellationToken ct)
    {
        var agency = agencyCode is null ? null
            : await db.Agencies.AsNoTracking().Include(a => a.Members).FirstOrDefaultAsync(a => a.Code == agencyCode, ct);
        if (agency is null)
        {
            return (Outcome.UnknownAgency, 0);
        }

        var now = clock.GetUtcNow();
        var overdue = await db.Reports.AsNoTracking()
            .Where(r => r.LeadAgency == agency.Code && CentreDashboard.OpenStates.Contains(r.State) && r.DueAt < now)
            .OrderBy(r => r.DueAt).Take(200).Select(r => new { r.Code, r.DueAt }).ToListAsync(ct);
        if (overdue.Count == 0)
        {
            return (Outcome.NothingOverdue, 0);
        }

        if (agency.FocalLeader is not { } leader)
        {
            return (Outcome.NoFocalLeader, 0);
        }

        var account = await users.FindByNameAsync(leader.UserId);
        if (string.IsNullOrWhiteSpace(account?.Email))
        {
            return (Outcome.NoEmail, 0);
        }

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Kính gửi {leader.FullName},")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Lai Châu đề nghị {agency.Name} khẩn trương xử lý các phản ánh đã quá hạn sau:")
            .AppendLine();
        foreach (var r in overdue)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {r.Code}: hạn {VietnamTime.Of(r.DueAt):dd/MM/yyyy HH:mm}");
        }

        await mail.SendAsync(new MailMessage(account.Email, leader.FullName, $"Đôn đốc xử lý {overdue.Count} phản ánh quá hạn", text.ToString()), ct);
        foreach (var r in overdue)
        {
            db.ReportAudit.Add(new ReportAuditRow
            {
                ReportCode = r.Code, At = now, Actor = actor, Action = AuditAction, Detail = $"reminder to the focal leader of {agency.Code}",
            });
        }

        await db.SaveChangesAsync(ct);
        return (Outcome.Sent, overdue.Count);
    }
}
