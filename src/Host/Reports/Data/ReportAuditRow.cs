using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Reports.Data;

/// <summary>
/// Who did what to a report outside its process: hiding and showing (R9), revealing the reporter's contact (R5.5),
/// confirming or undoing a duplicate link (R5.7), and the messages that steer the process from outside (re-routing,
/// the reporter's reply, rating and resubmission). Append-only; the detail never holds personal data (nor the reporter's text).
/// </summary>
public sealed class ReportAuditRow
{
    public long Id { get; init; }

    public required string ReportCode { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Actor { get; init; }

    public required string Action { get; init; }

    public string? Detail { get; init; }
}

public static class ReportAuditActions
{
    public const string Hide = "hide";
    public const string Show = "show";
    public const string RevealContact = "reveal-contact";
    public const string ConfirmDuplicate = "confirm-duplicate";
    public const string UndoDuplicate = "undo-duplicate";
    public const string MarkStateSecret = "mark-state-secret";
    public const string ClearStateSecret = "clear-state-secret";
    public const string NoticeSkipped = "notice-skipped";
    public const string NoticeSent = "notice-sent";

    /// <summary>Issue 17: a delivery kept failing past <c>Notices:Retry:IncidentAfter</c>; retries go on.</summary>
    public const string NoticeDelayed = "notice-delayed";

    /// <summary>Issue 17: a delivery still failing at <c>Notices:Retry:Horizon</c>; no more retries.</summary>
    public const string NoticeExpired = "notice-expired";
    public const string MediaPurged = "media-purged";
    public const string Reroute = "reroute";

    /// <summary>A leader reports that the agencies cannot agree (R7.6): the People's Committee assigns the agency.</summary>
    public const string Disagreement = "disagreement";

    /// <summary>R7.3, special cases: the lead agency's leader asks for a new deadline; the centre's decision.</summary>
    public const string ExtensionRequest = "extension-request";
    public const string Extension = "extension";
    public const string ExtensionRefused = "extension-refused";

    /// <summary>The reporter's messages (R8.1, R8.2, R7.6), whichever route brought them.</summary>
    public const string Reply = "reply";
    public const string Rating = "rating";
    public const string Resubmit = "resubmit";
}

/// <summary>
/// An alert raised by the process (late verification, overdue, transfer, urgent, …): the agency's and the
/// monitoring centre's watch list (R11.1, R12.3). Unique per job so that a re-run job does not alert twice.
/// </summary>
public sealed class ReportAlertRow
{
    public long Id { get; init; }

    public required string ReportCode { get; init; }

    public required string Agency { get; init; }

    public required string Kind { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid JobId { get; init; }
}

internal sealed class ReportAuditRowConfiguration : IEntityTypeConfiguration<ReportAuditRow>
{
    public void Configure(EntityTypeBuilder<ReportAuditRow> builder)
    {
        builder.ToTable("report_audit");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ReportCode).HasMaxLength(ReportCodes.MaxLength);
        builder.Property(a => a.Actor).HasMaxLength(100);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.Detail).HasMaxLength(ReportLimits.MaxReasonLength);
        builder.HasIndex(a => new { a.ReportCode, a.Id });
    }
}

internal sealed class ReportAlertRowConfiguration : IEntityTypeConfiguration<ReportAlertRow>
{
    public void Configure(EntityTypeBuilder<ReportAlertRow> builder)
    {
        builder.ToTable("report_alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ReportCode).HasMaxLength(ReportCodes.MaxLength);
        builder.Property(a => a.Agency).HasMaxLength(ReferenceData.AgencyRules.MaxCodeLength);
        builder.Property(a => a.Kind).HasMaxLength(32);
        builder.HasIndex(a => a.JobId).IsUnique();
        builder.HasIndex(a => new { a.Agency, a.At });
        builder.HasIndex(a => a.ReportCode);
    }
}
