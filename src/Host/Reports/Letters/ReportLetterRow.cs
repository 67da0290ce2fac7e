using LaiChau.Host.Reports.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Reports.Letters;

/// <summary>
/// A letter issued for a report (the result letter, R7.1 step 4), kept as issued: its number is given once, its PDF
/// never re-rendered, so a resent notice carries the same document. One per report and kind.
/// </summary>
public sealed class ReportLetterRow
{
    public Guid Id { get; init; }

    public required string ReportCode { get; init; }

    public required string Kind { get; init; }

    public required string Agency { get; init; }

    /// <summary>"Số: 05/TB-UBND-03388"</summary>
    public required string Number { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public required byte[] Pdf { get; init; }
}

internal sealed class ReportLetterRowConfiguration : IEntityTypeConfiguration<ReportLetterRow>
{
    public void Configure(EntityTypeBuilder<ReportLetterRow> builder)
    {
        builder.ToTable("report_letters");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.ReportCode).HasMaxLength(ReportCodes.MaxLength);
        builder.Property(l => l.Kind).HasMaxLength(16);
        builder.Property(l => l.Agency).HasMaxLength(ReferenceData.AgencyRules.MaxCodeLength);
        builder.Property(l => l.Number).HasMaxLength(100);
        builder.HasIndex(l => new { l.ReportCode, l.Kind }).IsUnique();
    }
}
