using LaiChau.Reporting.Layout;
using UglyToad.PdfPig.Content;

namespace LaiChau.Reporting.Tests.Support;

/// <summary>Page-level checks against the Decree 30 page: A4 size, text inside the margins, the page number.</summary>
internal static class PdfAssert
{
    private const double Tolerance = 0.5;
    private static readonly PageSettings Page = PageSettings.Decree30;

    public static void IsA4(Page page)
    {
        Assert.Equal(595.28, page.Width, 0.1);
        Assert.Equal(841.89, page.Height, 0.1);
    }

    /// <summary>Every visible glyph lies inside the margins; only the page number may sit in the top margin.</summary>
    public static void TextInsideMargins(Page page)
    {
        foreach (var letter in Visible(page).Where(l => !IsInTopMargin(page, l)))
        {
            var box = letter.BoundingBox;
            Assert.True(box.Left >= Page.Left - Tolerance && box.Right <= Page.Right + Tolerance,
                $"'{letter.Value}' at x {box.Left:F1}-{box.Right:F1} is outside {Page.Left:F1}-{Page.Right:F1} on page {page.Number}");
            Assert.True(box.Bottom >= Page.BottomMm * PageSettings.PointsPerMillimetre - Tolerance,
                $"'{letter.Value}' at y {box.Bottom:F1} is in the bottom margin on page {page.Number}");
        }
    }

    /// <summary>The text in the top margin: the page number, or nothing on page 1 (Decree 30).</summary>
    public static string TopMarginText(Page page) =>
        string.Concat(Visible(page).Where(l => IsInTopMargin(page, l)).Select(l => l.Value));

    public static double TopMarginTextCentre(Page page)
    {
        var letters = Visible(page).Where(l => IsInTopMargin(page, l)).ToList();
        return (letters.Min(l => l.BoundingBox.Left) + letters.Max(l => l.BoundingBox.Right)) / 2;
    }

    public static IEnumerable<Letter> Visible(Page page) => page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value));

    private static bool IsInTopMargin(Page page, Letter letter) => letter.BoundingBox.Bottom > page.Height - Page.Top;
}
