using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Documents;

/// <summary>The last number given to an agency's outgoing documents in one year (Decree 30: numbers restart each year).</summary>
public sealed class DocumentCounter
{
    public required string AgencyCode { get; init; }

    public int Year { get; init; }

    public int LastNumber { get; set; }
}

internal sealed class DocumentCounterConfiguration : IEntityTypeConfiguration<DocumentCounter>
{
    public void Configure(EntityTypeBuilder<DocumentCounter> builder)
    {
        // Plain lower-case names: DocumentNumbers writes one upsert by hand that runs unchanged on both providers.
        builder.ToTable("document_counters");
        builder.HasKey(c => new { c.AgencyCode, c.Year });
        builder.Property(c => c.AgencyCode).HasColumnName("agency_code").HasMaxLength(DocumentNumbers.MaxAgencyCodeLength);
        builder.Property(c => c.Year).HasColumnName("year");
        builder.Property(c => c.LastNumber).HasColumnName("last_number");
    }
}
