using LaiChau.Host.ReferenceData;
using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Reports.Data;

/// <summary>
/// A citizen's field report: what Open311 and the portal read. The process instance owns the handling; its
/// <c>report-state</c> jobs keep <see cref="State"/>, <see cref="LeadAgency"/> and the notes here up to date.
/// The reporter's name, phone and e-mail are stored encrypted only (R5.5) and never leave through this row's
/// public views.
/// </summary>
public sealed class ReportRow : IVersioned
{
    public Guid Id { get; init; }

    /// <summary><c>PA-2026-000123</c>: the Open311 <c>service_request_id</c> and the instance's business key.</summary>
    public required string Code { get; init; }

    public required string CategoryCode { get; init; }

    public required string Description { get; init; }

    /// <summary>WGS84; null when the reporter named only a commune.</summary>
    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string? Address { get; init; }

    /// <summary>The commune the point lies in (or the reporter's choice when no polygon holds it), R6.</summary>
    public string? CommuneCode { get; init; }

    public string? ChosenCommuneCode { get; init; }

    public required string LeadAgency { get; set; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The resolution deadline (R7.3): Open311's <c>expected_datetime</c>.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ReportState State { get; set; }

    public string? StatusNotes { get; set; }

    public bool Urgent { get; init; }

    public string? UrgentReason { get; init; }

    /// <summary>R7.1a: the result goes to the reporter only; never public.</summary>
    public bool Confidential { get; init; }

    /// <summary>R7.1b: restricted to authorised roles; never public.</summary>
    public bool StateSecret { get; set; }

    /// <summary>Hints for the officer, comma separated (<see cref="ReportFlags"/>).</summary>
    public string Flags { get; set; } = "";

    /// <summary>R5.7: the open report this one seems to repeat.</summary>
    public string? DuplicateOf { get; set; }

    public DuplicateLink DuplicateLink { get; set; }

    /// <summary>R5.7: a report of the same matter resolved in the 30 days before this one came; its result was told at intake.</summary>
    public string? EarlierResultOf { get; set; }

    public required string ReporterNameProtected { get; init; }

    public required string ReporterPhoneProtected { get; init; }

    public string? ReporterEmailProtected { get; init; }

    /// <summary>R5.5: the reporter agreed that staff handling the report may see their contact details.</summary>
    public bool ContactConsent { get; init; }

    /// <summary>R9: hidden from the public, never from the monitoring centre; the process keeps running.</summary>
    public bool Hidden { get; set; }

    /// <summary>Past its resolution deadline (R7.3), set by the process's <c>overdue</c> alert.</summary>
    public bool Overdue { get; set; }

    public string? Result { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>R8.2: <c>satisfied</c>, <c>acceptable</c> or <c>unsatisfied</c>.</summary>
    public string? Rating { get; set; }

    public Guid? InstanceId { get; set; }

    /// <summary>Who sent it in: an Open311 client's key name, or <c>portal</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The API key an Open311 client submitted it with: only that client sends its reporter's feedback (ADR 0021).</summary>
    public Guid? SubmittedByKeyId { get; init; }

    public long Version { get; set; }
}

public enum ReportState
{
    Received,
    InProgress,
    Coordinating,
    Transferred,
    Escalated,
    Rejected,
    Resolved,
    Closed,

    /// <summary>R5.7: confirmed as a duplicate of <see cref="ReportRow.DuplicateOf"/>; its reporter follows the original.</summary>
    Merged,
}

public enum DuplicateLink
{
    None,
    Suggested,
    Confirmed,
    Undone,
}

internal sealed class ReportRowConfiguration : IEntityTypeConfiguration<ReportRow>
{
    public void Configure(EntityTypeBuilder<ReportRow> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(ReportCodes.MaxLength);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.CategoryCode).HasMaxLength(CategoryRules.MaxCodeLength);
        builder.Property(r => r.Description).HasMaxLength(Intake.ReporterInputRules.MaxDescriptionLength);
        builder.Property(r => r.Address).HasMaxLength(ReportLimits.MaxAddressLength);
        builder.Property(r => r.CommuneCode).HasMaxLength(AdminUnitRules.MaxCodeLength);
        builder.Property(r => r.ChosenCommuneCode).HasMaxLength(AdminUnitRules.MaxCodeLength);
        builder.Property(r => r.LeadAgency).HasMaxLength(AgencyRules.MaxCodeLength);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.StatusNotes).HasMaxLength(ReportLimits.MaxNotesLength);
        builder.Property(r => r.UrgentReason).HasMaxLength(100);
        builder.Property(r => r.Flags).HasMaxLength(400);
        builder.Property(r => r.DuplicateOf).HasMaxLength(ReportCodes.MaxLength);
        builder.Property(r => r.DuplicateLink).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.EarlierResultOf).HasMaxLength(ReportCodes.MaxLength);
        builder.Property(r => r.ReporterNameProtected).HasMaxLength(2000);
        builder.Property(r => r.ReporterPhoneProtected).HasMaxLength(2000);
        builder.Property(r => r.ReporterEmailProtected).HasMaxLength(2000);
        builder.Property(r => r.Result).HasMaxLength(ReportLimits.MaxResultLength);
        builder.Property(r => r.Rating).HasMaxLength(16);
        builder.Property(r => r.Channel).HasMaxLength(100);
        // Duplicate search (R5.7) and the public list: by category and time; by lead agency for staff views.
        builder.HasIndex(r => new { r.CategoryCode, r.ReceivedAt });
        // R5.7's search is a box around the point among the open originals only (a duplicate or a closed report is
        // never a candidate): by category and latitude, over the few rows that can match. The filter repeats the
        // query's conditions word for word so that PostgreSQL and SQLite both see the index applies.
        builder.HasIndex(r => new { r.CategoryCode, r.Lat }, "IX_reports_duplicate_candidates")
            .HasFilter("\"DuplicateOf\" IS NULL AND \"State\" <> 'Rejected' AND \"State\" <> 'Resolved' AND \"State\" <> 'Closed'");
        // R5.7's second look at intake, a matter resolved lately: by category and closing time, over closed reports
        // only (an open report has no ClosedAt; the query's "ClosedAt >= since" implies the filter on both providers).
        builder.HasIndex(r => new { r.CategoryCode, r.ClosedAt }, "IX_reports_recently_closed")
            .HasFilter("\"ClosedAt\" IS NOT NULL");
        builder.HasIndex(r => r.ReceivedAt);
        builder.HasIndex(r => new { r.LeadAgency, r.State });
    }
}
