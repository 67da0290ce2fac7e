namespace LaiChau.Reporting.Layout;

/// <summary>A4 portrait page; margins default to Decree 30/2020/NĐ-CP annex I (top/bottom 20–25, left 30–35, right 15–20 mm).</summary>
public sealed record PageSettings
{
    public const double PointsPerMillimetre = 72 / 25.4;

    public double WidthMm { get; init; } = 210;
    public double HeightMm { get; init; } = 297;
    public double TopMm { get; init; } = 20;
    public double BottomMm { get; init; } = 20;
    public double LeftMm { get; init; } = 30;
    public double RightMm { get; init; } = 15;

    /// <summary>Body text size; Decree 30 asks for 13–14 pt.</summary>
    public double BodyFontSize { get; init; } = 13;

    public static PageSettings Decree30 { get; } = new();

    public double Width => WidthMm * PointsPerMillimetre;
    public double Height => HeightMm * PointsPerMillimetre;
    public double Top => TopMm * PointsPerMillimetre;
    public double Bottom => Height - BottomMm * PointsPerMillimetre;
    public double Left => LeftMm * PointsPerMillimetre;
    public double Right => Width - RightMm * PointsPerMillimetre;
    public double ContentWidth => Right - Left;
}
