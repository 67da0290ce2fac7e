using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Security;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// What staff do to one report outside the process, shared by the API (<c>/api/v1/reports/{code}/…</c>) and the staff
/// pages: find a report the caller may see, reveal the reporter's contact (audited, R5.5), hide or show it with a
/// reason (audited, R9). The callers check <see cref="ReportAccess"/> through the methods here, never on their own.
/// </summary>
public static class ReportModeration
{
    /// <summary>A report the caller may see, else null: an unknown code and another agency's report look the same.</summary>
    public static async Task<ReportRow?> FindAsync(string code, ReportAccess access, AppDbContext db, CancellationToken ct)
    {
        var report = ReportCodes.IsWellFormed(code) ? await db.Reports.FirstOrDefaultAsync(r => r.Code == code, ct) : null;
        return report is not null && access.MaySee(report) ? report : null;
    }

    /// <summary>R9: a reason of <see cref="ReportStaffEndpoints.MinReasonLength"/> characters or more, within the limit.</summary>
    public static bool IsValidReason(string? reason) =>
        reason is not null && reason.Trim().Length >= ReportStaffEndpoints.MinReasonLength && reason.Length <= ReportLimits.MaxReasonLength;

    /// <summary>The reporter's contact, audited; null when the caller may not see it (R5.5: no consent, not the centre).</summary>
    public static async Task<ContactView?> RevealContactAsync(
        ReportRow report, ReportAccess access, AppDbContext db, PersonalData personal, TimeProvider clock, CancellationToken ct)
    {
        if (!access.MayRevealContact(report))
        {
            return null;
        }

        db.ReportAudit.Add(Audit(report.Code, access.UserId, ReportAuditActions.RevealContact, null, clock));
        await db.SaveChangesAsync(ct);
        return new ContactView(
            personal.Unprotect(report.ReporterNameProtected)!, personal.Unprotect(report.ReporterPhoneProtected)!, personal.Unprotect(report.ReporterEmailProtected));
    }

    /// <summary>R9: hides or shows a report with a valid reason (<see cref="IsValidReason"/>), audited; the process keeps running.</summary>
    public static async Task SetHiddenAsync(
        ReportRow report, bool hidden, string reason, ReportAccess access, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!IsValidReason(reason))
        {
            throw new ArgumentException("The reason is missing or out of bounds (R9).", nameof(reason));
        }

        report.Hidden = hidden;
        report.UpdatedAt = clock.GetUtcNow();
        db.ReportAudit.Add(Audit(report.Code, access.UserId, hidden ? ReportAuditActions.Hide : ReportAuditActions.Show, reason.Trim(), clock));
        await db.SaveChangesAsync(ct);
    }

    internal static ReportAuditRow Audit(string code, string actor, string action, string? detail, TimeProvider clock) =>
        new() { ReportCode = code, At = clock.GetUtcNow(), Actor = actor, Action = action, Detail = detail };
}
