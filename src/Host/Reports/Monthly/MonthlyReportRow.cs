using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Reports.Monthly;

/// <summary>The province's monthly report as issued by the recurring job on the 1st (R11.3): numbered, kept as sent.</summary>
public sealed class MonthlyReportRow
{
    /// <summary>"2026-03"</summary>
    public required string Month { get; init; }

    public required string Number { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public required byte[] Pdf { get; init; }

    public DateTimeOffset? MailedAt { get; set; }
}

internal sealed class MonthlyReportRowConfiguration : IEntityTypeConfiguration<MonthlyReportRow>
{
    public void Configure(EntityTypeBuilder<MonthlyReportRow> builder)
    {
        builder.ToTable("monthly_reports");
        builder.HasKey(m => m.Month);
        builder.Property(m => m.Month).HasMaxLength(7);
        builder.Property(m => m.Number).HasMaxLength(100);
    }
}
