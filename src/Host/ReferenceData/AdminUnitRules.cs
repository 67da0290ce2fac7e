using LaiChau.Host.Errors;

namespace LaiChau.Host.ReferenceData;

public static class AdminUnitRules
{
    public const int MaxCodeLength = 10;
    public const int MaxNameLength = 200;
    public const int MaxFeatures = 5_000;

    /// <summary>Vertices over all geometries of one import: far above the province's real boundaries (≈ 25,000).</summary>
    public const int MaxPoints = 2_000_000;

    /// <summary>Largest GeoJSON import body.</summary>
    public const int MaxBytes = 50 * 1024 * 1024;

    /// <summary>
    /// Boundaries from approximate sources overlap slightly where they meet; up to this area (1 ha) an overlap between
    /// units valid on the same day is accepted with a warning, above it the import is refused (docs/reference-data.md).
    /// </summary>
    public const double OverlapToleranceSquareMetres = 10_000;

    public static readonly DateOnly Reform2025 = new(2025, 7, 1);

    /// <summary>How a page names errors about the whole file (the API's key is <c>$</c>).</summary>
    public static readonly BilingualText WholeFile = new("Tệp", "File");

    public static readonly BilingualText LevelMessage = new("Cấp là province (tỉnh), district (huyện) hoặc commune (xã).",
        "The level is province, district or commune.");
}
