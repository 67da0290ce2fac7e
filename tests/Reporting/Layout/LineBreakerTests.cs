using System.Text;
using LaiChau.Reporting.Layout;

namespace LaiChau.Reporting.Tests.Layout;

public sealed class LineBreakerTests
{
    // Every character 6 pt wide, a space 3 pt: widths are easy to reason about.
    private static double Measure(string text, TextStyle style) => text == " " ? 3 : text.Length * 6;

    [Fact]
    public void Break_RunsWithoutSpaceBetween_StayOneWord()
    {
        var paragraph = new Paragraph([new Run("Số", TextStyle.Bold), new Run(": 12/UBND-VP")]);

        var words = LineBreaker.Break(paragraph, 500, Measure).Single().Words;

        Assert.Equal(["Số:", "12/UBND-VP"], words.Select(w => string.Concat(w.Fragments.Select(f => f.Text))));
        Assert.Equal([TextStyle.Bold, TextStyle.Regular], words[0].Fragments.Select(f => f.Style));
    }

    [Fact]
    public void Break_DecomposedVietnamese_IsComposedBeforeMeasuring()
    {
        var decomposed = "Độc lập".Normalize(NormalizationForm.FormD);

        var words = LineBreaker.Break(Paragraph.Of(decomposed), 500, Measure).Single().Words;

        Assert.Equal(["Độc", "lập"], words.Select(w => w.Fragments.Single().Text));
        Assert.Equal(18, words[0].Width); // three composed characters, not five code points
    }

    [Fact]
    public void Break_FirstLine_IsShortenedByTheIndent()
    {
        // A 60 pt line holds four 12 pt words (4 × 12 + 3 × 3 = 57); after a 30 pt indent the first holds two (27).
        var paragraph = Paragraph.Of("aa bb cc dd ee ff gg") with { FirstLineIndent = 30 };

        var lines = LineBreaker.Break(paragraph, 60, Measure);

        Assert.Equal([2, 4, 1], lines.Select(l => l.Words.Count));
        Assert.True(lines[0].IsFirst && !lines[0].IsLast && lines[^1].IsLast);
    }

    [Fact]
    public void Break_WordWiderThanTheLine_IsCutIntoPiecesThatFit()
    {
        var lines = LineBreaker.Break(Paragraph.Of("PA-2026-000123"), 30, Measure);

        Assert.Equal(["PA-20", "26-00", "0123"], lines.Select(l => l.Words.Single().Fragments.Single().Text));
    }
}
