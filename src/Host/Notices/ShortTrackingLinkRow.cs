using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Notices;

/// <summary>
/// The SMS form of the reporter's secret link (<c>/t/{token}</c>): the full link is longer than two SMS parts, so an
/// SMS carries a random 16-character token (≈95 bits) that redirects to it. One per report.
/// </summary>
public sealed class ShortTrackingLinkRow
{
    public required string Token { get; init; }

    public required string ReportCode { get; init; }
}

internal sealed class ShortTrackingLinkRowConfiguration : IEntityTypeConfiguration<ShortTrackingLinkRow>
{
    public void Configure(EntityTypeBuilder<ShortTrackingLinkRow> builder)
    {
        builder.ToTable("tracking_short_links");
        builder.HasKey(l => l.Token);
        builder.HasIndex(l => l.ReportCode).IsUnique();
        builder.Property(l => l.Token).HasMaxLength(16);
        builder.Property(l => l.ReportCode).HasMaxLength(20);
    }
}
