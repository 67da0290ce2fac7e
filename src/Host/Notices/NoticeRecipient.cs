using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Security;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Notices;

/// <summary>
/// Whom a notice goes to, read at each try and never logged (R5.5): the report's reporter from the encrypted report
/// row, or — for an urgent alert (R2.2) — the staff account named by <see cref="NoticeRow.StaffRecipientId"/>, its
/// e-mail and its encrypted mobile number. A staff account gone or disabled since leaves nothing to send to.
/// </summary>
public sealed record NoticeRecipient(string? Name, string? Email, string? Phone)
{
    public static async Task<NoticeRecipient> ReadAsync(AppDbContext db, PersonalData personalData, NoticeRow notice, ReportRow report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personalData);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(report);
        if (notice.StaffRecipientId.Length == 0)
        {
            return new NoticeRecipient(personalData.Unprotect(report.ReporterNameProtected), personalData.Unprotect(report.ReporterEmailProtected),
                personalData.Unprotect(report.ReporterPhoneProtected));
        }

        var staff = await db.Set<Security.Accounts.StaffUser>().AsNoTracking()
            .Where(u => u.UserName == notice.StaffRecipientId && !u.Disabled)
            .Select(u => new { u.DisplayName, u.Email, u.PhoneProtected }).FirstOrDefaultAsync(ct);
        return staff is null ? new NoticeRecipient(null, null, null) : new NoticeRecipient(staff.DisplayName, staff.Email, personalData.Unprotect(staff.PhoneProtected));
    }
}
