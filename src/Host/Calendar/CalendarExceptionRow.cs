using LaiChau.Workflows.Calendar;
using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Calendar;

/// <summary>An official day off or swapped working day, edited by administrators without a release.</summary>
public sealed class CalendarExceptionRow : IVersioned
{
    public DateOnly Date { get; init; }

    public CalendarDayKind Kind { get; set; }

    public required string Reason { get; set; }

    public required string LegalReference { get; set; }

    /// <summary>Who changed it last (API key name); "seed" for the decisions shipped with the app.</summary>
    public required string ChangedBy { get; set; }

    public long Version { get; set; }

    public CalendarException ToException() => new(Date, Kind, Reason, LegalReference);
}

internal sealed class CalendarExceptionRowConfiguration : IEntityTypeConfiguration<CalendarExceptionRow>
{
    public const int MaxTextLength = 500;

    public void Configure(EntityTypeBuilder<CalendarExceptionRow> builder)
    {
        builder.ToTable("calendar_exceptions");
        builder.HasKey(r => r.Date);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Reason).HasMaxLength(MaxTextLength);
        builder.Property(r => r.LegalReference).HasMaxLength(MaxTextLength);
        builder.Property(r => r.ChangedBy).HasMaxLength(100);
        // The official decisions for 2025 and 2026 arrive with the migration, once: later edits and deletions stay.
        builder.HasData(OfficialDecisions.All.Select(e => new CalendarExceptionRow
        {
            Date = e.Date,
            Kind = e.Kind,
            Reason = e.Reason,
            LegalReference = e.LegalReference,
            ChangedBy = "seed",
            Version = 1,
        }));
    }
}
