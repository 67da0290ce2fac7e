namespace LaiChau.Reporting.Layout;

public enum Alignment
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>Wrapped text: runs of styles, alignment, first-line indent and spacing, all sizes in points.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs)
{
    public double FontSize { get; init; } = 13;
    public Alignment Alignment { get; init; } = Alignment.Justify;
    public double FirstLineIndent { get; init; }
    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; } = 6;

    /// <summary>Line height as a multiple of the font size (Decree 30: single to 1.5 lines).</summary>
    public double LineSpacing { get; init; } = 1.2;

    public double LineHeight => FontSize * LineSpacing;

    public static Paragraph Of(string text, TextStyle style = TextStyle.Regular) => new([new Run(text, style)]);

    /// <summary>A body paragraph: justified with a 1 cm first-line indent (Decree 30 asks for 1–1.27 cm).</summary>
    public static Paragraph Body(string text, double fontSize = 13) =>
        new([new Run(text)]) { FontSize = fontSize, FirstLineIndent = 10 * PageSettings.PointsPerMillimetre };

    public static Paragraph Centered(string text, TextStyle style, double fontSize = 13) =>
        new([new Run(text, style)]) { FontSize = fontSize, Alignment = Alignment.Center, SpaceAfter = 0 };
}
