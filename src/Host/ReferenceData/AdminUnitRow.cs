using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.ReferenceData;

public enum AdminLevel
{
    Province,
    District,
    Commune,
}

/// <summary>
/// An administrative unit for a period of validity. Codes were reused with new meanings on 1 July 2025, so a unit is
/// identified by its code AND its validity, never by the bare code (issue 6).
/// </summary>
public sealed class AdminUnitRow : IVersioned
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }

    public AdminLevel Level { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>Null: existed before the records start (the unit was valid on the day before the reform).</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Null: still valid.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>The GeoJSON geometry (Polygon or MultiPolygon, WGS 84), or null when none is known.</summary>
    public string? Geometry { get; set; }

    /// <summary>True for boundaries that are not official (the shipped ones are simplified from a scraped map).</summary>
    public bool GeometryApproximate { get; set; }

    public double? MinLon { get; set; }

    public double? MinLat { get; set; }

    public double? MaxLon { get; set; }

    public double? MaxLat { get; set; }

    /// <summary>Who changed it last (API key name); "seed" for the units shipped with the app.</summary>
    public required string ChangedBy { get; set; }

    public long Version { get; set; }

    public bool IsValidOn(DateOnly day) => IsValidOn(ValidFrom, ValidTo, day);

    /// <summary>Within a period of validity whose open ends (null) reach as far as the records go.</summary>
    public static bool IsValidOn(DateOnly? from, DateOnly? to, DateOnly day) => (from is null || from <= day) && (to is null || day <= to);
}

internal sealed class AdminUnitRowConfiguration : IEntityTypeConfiguration<AdminUnitRow>
{
    public void Configure(EntityTypeBuilder<AdminUnitRow> builder)
    {
        builder.ToTable("admin_units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Code).HasMaxLength(AdminUnitRules.MaxCodeLength);
        builder.Property(u => u.Name).HasMaxLength(AdminUnitRules.MaxNameLength);
        builder.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.ParentCode).HasMaxLength(AdminUnitRules.MaxCodeLength);
        builder.Property(u => u.ChangedBy).HasMaxLength(100);
        builder.HasIndex(u => new { u.Code, u.ValidFrom });
        builder.HasIndex(u => new { u.Level, u.ValidTo });
    }
}
