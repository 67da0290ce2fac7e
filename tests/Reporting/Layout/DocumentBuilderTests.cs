using System.Globalization;
using LaiChau.Reporting.Layout;
using LaiChau.Reporting.Tests.Support;

namespace LaiChau.Reporting.Tests.Layout;

public sealed class DocumentBuilderTests
{
    private const string Sentence = "Người dân phản ánh về những đoạn đường trơn trượt, cầu sắt bị gãy và mặt đường ngập nước.";

    private static readonly byte[] LongDocument = Build(builder =>
    {
        for (var i = 0; i < 12; i++)
        {
            builder.Add(Paragraph.Body(string.Join(" ", Enumerable.Repeat(Sentence, 5))));
        }

        builder.Add(new Table([1, 3, 1.2])
        {
            HeaderRows = [["STT", "Cơ quan tiếp nhận", "Mã phản ánh"]],
            Rows = [.. Enumerable.Range(1, 90).Select(i => (IReadOnlyList<string>)
                [i.ToString(CultureInfo.InvariantCulture), $"Ủy ban nhân dân xã số {i}", $"PA-2026-{i:000000}"])],
            Alignments = [Alignment.Right, Alignment.Left, Alignment.Center],
        });
    });

    [Fact]
    public void LongBody_BreaksAcrossA4PagesInsideTheMargins()
    {
        using var pdf = new PdfText(LongDocument);

        Assert.True(pdf.PageCount >= 4, $"{pdf.PageCount} pages");
        foreach (var page in pdf.Pages)
        {
            PdfAssert.IsA4(page);
            PdfAssert.TextInsideMargins(page);
        }

        pdf.AssertHasPhrase("PA-2026-000001");
        pdf.AssertHasPhrase("PA-2026-000090");
    }

    [Fact]
    public void Table_ContinuingOnANewPage_RepeatsItsHeaderRow()
    {
        using var pdf = new PdfText(LongDocument);

        var pagesWithRows = pdf.Pages.Where(p => p.GetWords().Any(w => w.Text.StartsWith("PA-2026-", StringComparison.Ordinal))).ToList();
        Assert.True(pagesWithRows.Count >= 2, $"table spans {pagesWithRows.Count} page(s)");
        Assert.All(pagesWithRows, page => Assert.Contains(" STT Cơ quan tiếp nhận Mã phản ánh ", pdf.Words(page.Number), StringComparison.Ordinal));
    }

    [Fact]
    public void PageNumbers_StartOnPageTwo_CentredInTheTopMargin()
    {
        using var pdf = new PdfText(LongDocument);
        var settings = PageSettings.Decree30;

        Assert.Equal("", PdfAssert.TopMarginText(pdf.Page(1)));
        foreach (var page in pdf.Pages.Skip(1))
        {
            Assert.Equal(page.Number.ToString(CultureInfo.InvariantCulture), PdfAssert.TopMarginText(page));
            Assert.Equal(settings.Left + settings.ContentWidth / 2, PdfAssert.TopMarginTextCentre(page), 1.0);
        }
    }

    [Fact]
    public void JustifiedParagraph_LinesButTheLast_EndAtTheRightMargin()
    {
        using var pdf = new PdfText(LongDocument);
        var lines = pdf.Page(1).GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key).ToList();

        // Paragraph 1 is 5 sentences long: its first lines are full and end flush with the right margin.
        var firstLineRight = lines[0].Max(w => w.BoundingBox.Right);
        var secondLineRight = lines[1].Max(w => w.BoundingBox.Right);
        Assert.Equal(PageSettings.Decree30.Right, firstLineRight, 1.5);
        Assert.Equal(PageSettings.Decree30.Right, secondLineRight, 1.5);
        // First-line indent: 10 mm.
        Assert.Equal(PageSettings.Decree30.Left + 10 * PageSettings.PointsPerMillimetre, lines[0].Min(w => w.BoundingBox.Left), 1.0);
        Assert.Equal(PageSettings.Decree30.Left, lines[1].Min(w => w.BoundingBox.Left), 1.0);
    }

    [Fact]
    public void LongDocument_File_PassesQpdfCheck() => ExternalTool.AssertQpdfCheckPasses(LongDocument);

    [Fact]
    public void WordWiderThanTheColumn_IsCutInsteadOfOverflowing()
    {
        var pdf = Build(builder => builder.Add(new Table([1, 6]) { Rows = [["PA-2026-000123-PA-2026-000124", "x"]] }));

        using var text = new PdfText(pdf);
        PdfAssert.TextInsideMargins(text.Page(1));
        var column = PageSettings.Decree30.Left + PageSettings.Decree30.ContentWidth / 7;
        Assert.All(PdfAssert.Visible(text.Page(1)).Where(l => l.Value != "x"), l => Assert.True(l.BoundingBox.Right <= column));
    }

    [Fact]
    public void Table_RowTallerThanAPage_IsSplitBetweenLinesUnderTheRepeatedHeader()
    {
        var reason = string.Join(" ", Enumerable.Range(1, 1000).Select(i => $"ý{i}"));
        var pdf = Build(builder => builder.Add(new Table([1, 1]) { HeaderRows = [["Mã phản ánh", "Lý do ẩn"]], Rows = [["PA-2026-000001", reason]] }));

        using var text = new PdfText(pdf);
        Assert.True(text.PageCount >= 2, $"{text.PageCount} page(s)");
        foreach (var page in text.Pages)
        {
            PdfAssert.TextInsideMargins(page);
            Assert.Contains(" Mã phản ánh Lý do ẩn ", text.Words(page.Number), StringComparison.Ordinal);
        }

        Assert.Equal(Enumerable.Range(1, 1000).Select(i => $"ý{i}"), text.Pages.SelectMany(p => p.GetWords()).Select(w => w.Text).Where(w => w.StartsWith('ý')));
    }

    [Fact]
    public void HorizontalRule_SpansTheContentWidthBelowTheText()
    {
        var pdf = Build(builder =>
        {
            builder.Add(Paragraph.Of("Trên"));
            builder.HorizontalRule();
            builder.Add(Paragraph.Of("Dưới"));
        });

        using var text = new PdfText(pdf);
        var page = text.Page(1);
        var rule = page.Paths.Where(p => p.IsStroked).Select(p => p.GetBoundingRectangle()!.Value).Single();
        var above = page.GetWords().Single(w => w.Text == "Trên").BoundingBox;
        var below = page.GetWords().Single(w => w.Text == "Dưới").BoundingBox;
        Assert.Equal(PageSettings.Decree30.Left, rule.Left, 0.5);
        Assert.Equal(PageSettings.Decree30.Right, rule.Right, 0.5);
        Assert.True(rule.Top < above.Bottom && rule.Bottom > below.Top);
    }

    private static byte[] Build(Action<DocumentBuilder> content)
    {
        using var builder = new DocumentBuilder("Kiểm thử", new DateOnly(2026, 2, 5));
        content(builder);
        return builder.ToBytes();
    }
}
