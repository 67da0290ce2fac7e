using System.Globalization;
using LaiChau.Host.Data;
using LaiChau.Host.Security;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Tracking;

/// <summary>A notice as the reporter (or the public) reads it: kind, when, and its text.</summary>
public sealed record ReporterNotice(string Kind, DateTimeOffset At, string? Subject, string Text);

/// <summary>
/// Issue 17 point 2: every notice is visible where the reporter looks, so an app user or someone who lost the message
/// still reads it. By the secret link: each notice sent to that reporter, whole (the texts of a state-secret report
/// are content-free, R7.1b, and those sent before it was marked are not shown again). By the code alone and in Open311 <c>status_notes</c>: only each notice's public
/// part (<see cref="Notices.PublicNoticeText"/>), which confidential and state-secret reports never have (R7.1a-b).
/// </summary>
public static class ReporterNotices
{
    /// <summary>What the secret link shows of a notice once its report is a state secret (R7.1b): no content, where to ask.</summary>
    public const string StateSecretText =
        "Theo quy định về bảo vệ bí mật nhà nước, nội dung thông báo này không được hiển thị. "
        + "Ông/Bà liên hệ trực tiếp cơ quan giải quyết để được thông tin về kết quả.";

    public static async Task<IReadOnlyList<ReporterNotice>> PrivateAsync(AppDbContext db, PersonalData personalData, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personalData);
        var rows = await db.Notices.AsNoTracking().Where(n => n.ReportCode == code && n.StaffRecipientId == "")
            .Select(n => new { n.Kind, n.CreatedAt, n.SubjectProtected, n.TextProtected }).ToListAsync(ct);
        // A report marked state secret after a notice went out (R7.1b): that notice's content is not shown again.
        var stateSecret = await db.Reports.AsNoTracking().AnyAsync(r => r.Code == code && r.StateSecret, ct);
        return [.. rows.OrderBy(n => n.CreatedAt).Select(n => new ReporterNotice(
            n.Kind, n.CreatedAt, personalData.Unprotect(n.SubjectProtected), stateSecret ? StateSecretText : personalData.Unprotect(n.TextProtected)!))];
    }

    public static async Task<IReadOnlyList<ReporterNotice>> PublicAsync(AppDbContext db, string code, CancellationToken ct) =>
        (await PublicAsync(db, [code], ct)).GetValueOrDefault(code) ?? [];

    /// <summary>The public parts by report code (Open311 lists many reports at once).</summary>
    public static async Task<Dictionary<string, List<ReporterNotice>>> PublicAsync(AppDbContext db, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Notices.AsNoTracking()
            .Where(n => codes.Contains(n.ReportCode) && n.PublicText != null && n.StaffRecipientId == "")
            .Join(db.Reports.Where(r => !r.Confidential && !r.StateSecret && !r.Hidden), n => n.ReportCode, r => r.Code, (n, _) => new { n.ReportCode, n.Kind, n.CreatedAt, n.PublicText })
            .ToListAsync(ct);
        return rows.GroupBy(n => n.ReportCode, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => g.OrderBy(n => n.CreatedAt).Select(n => new ReporterNotice(n.Kind, n.CreatedAt, null, n.PublicText!)).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Open311 <c>status_notes</c>: the state in words, then each public notice with its date (Vietnam time).</summary>
    public static string? StatusNotes(string? statusNotes, IReadOnlyList<ReporterNotice>? notices) =>
        notices is not { Count: > 0 }
            ? statusNotes
            : string.Join("\n", new[] { statusNotes }.Concat(notices.Select(n =>
                $"{VietnamTime.Of(n.At).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: {n.Text}")).Where(s => !string.IsNullOrWhiteSpace(s)));
}
