using LaiChau.Host.Reports.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Reports.Media;

/// <summary>
/// A photo or video of a report (R5.3): which blob, of what sniffed type. The reporter's file name is not kept: it
/// can hold personal data (R5.5) and is never needed — files are served under a name made from the report code.
/// After the retention period (R10.1) the blob goes and the row stays, marked purged, as the report's history.
/// </summary>
public sealed class ReportMediaRow
{
    /// <summary>A version 7 GUID: not guessable from another media's id.</summary>
    public Guid Id { get; init; }

    public required string ReportCode { get; init; }

    /// <summary>1, 2, … in the order the reporter sent them.</summary>
    public int Position { get; init; }

    public required string Sha256 { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary><see cref="MediaPurposes.Report"/> (the reporter's) or <see cref="MediaPurposes.Result"/> (attached to a task of the handling).</summary>
    public string Purpose { get; init; } = MediaPurposes.Report;

    public DateTimeOffset? PurgedAt { get; set; }
}

internal sealed class ReportMediaRowConfiguration : IEntityTypeConfiguration<ReportMediaRow>
{
    public void Configure(EntityTypeBuilder<ReportMediaRow> builder)
    {
        builder.ToTable("report_media");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.ReportCode).HasMaxLength(ReportCodes.MaxLength);
        builder.Property(m => m.Sha256).HasMaxLength(64).IsFixedLength(false);
        builder.Property(m => m.ContentType).HasMaxLength(40);
        builder.Property(m => m.Purpose).HasMaxLength(MediaPurposes.MaxLength).HasDefaultValue(MediaPurposes.Report);
        builder.HasIndex(m => new { m.ReportCode, m.Position });
        // The purge asks "is this blob still referenced by a row that is not purged?".
        builder.HasIndex(m => new { m.Sha256, m.PurgedAt });
    }
}
