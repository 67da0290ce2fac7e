using LaiChau.Reporting.Layout;

namespace LaiChau.Reporting.Letters;

/// <summary>The paragraph shapes letters are made of.</summary>
internal static class LetterText
{
    /// <summary>"Label: value" with a bold label, justified with the body indent.</summary>
    public static Paragraph Labelled(string label, string value) =>
        Paragraph.Body("") with { Runs = [new Run(label + ": ", TextStyle.Bold), new Run(value)] };

    public static Paragraph Line(string text, TextStyle style, double size = 12) =>
        new([new Run(text, style)]) { FontSize = size, Alignment = Alignment.Left, SpaceAfter = 0, LineSpacing = 1.15 };

    /// <summary>An item of a list under a labelled paragraph ("- file.jpg").</summary>
    public static Paragraph Item(string text) =>
        Paragraph.Body("- " + text) with { SpaceAfter = 2 };
}
