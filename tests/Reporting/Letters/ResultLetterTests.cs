using System.Text.RegularExpressions;
using LaiChau.Reporting.Layout;
using LaiChau.Reporting.Letters;
using LaiChau.Reporting.Tests.Support;

namespace LaiChau.Reporting.Tests.Letters;

public sealed class ResultLetterTests
{
    private static readonly byte[] Letter = ResultLetterDocument.Render(Samples.ResultLetter());

    [Theory]
    [InlineData("UBND TỈNH LAI CHÂU")]
    [InlineData("VĂN PHÒNG")]
    [InlineData("Số: 12/UBND-VP")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Lai Châu, ngày 05 tháng 02 năm 2026")]
    [InlineData("THÔNG BÁO")]
    [InlineData("Kết quả xử lý phản ánh PA-2026-000123")]
    [InlineData("Ngày tiếp nhận: 28/01/2026")]
    [InlineData("Bản Thẳm, xã Sơn Bình, huyện Tam Đường")]
    [InlineData("cầu sắt bị gãy, mặt đường trơn trượt, những hộ dân ven suối")]
    [InlineData("Kết quả xử lý: Ủy ban nhân dân xã đã huy động lực lượng khắc phục,")]
    [InlineData("- anh-hien-truong.jpg")]
    [InlineData("- bien-ban-kiem-tra.pdf")]
    [InlineData("TM. ỦY BAN NHÂN DÂN")]
    [InlineData("KT. CHỦ TỊCH")]
    [InlineData("PHÓ CHỦ TỊCH")]
    [InlineData("Nguyễn Văn Bình")]
    [InlineData("Nơi nhận:")]
    [InlineData("- Lưu: VT, VP.")]
    public void R7_1_ResultLetter_ShowsTextWithDiacriticsAsWholeWords(string phrase)
    {
        using var pdf = new PdfText(Letter);
        pdf.AssertHasPhrase(phrase);
    }

    [Fact]
    public void R7_1_ResultLetter_QrCodeDecodesToTheTrackingLink()
    {
        using var pdf = new PdfText(Letter);
        pdf.AssertHasPhrase("https://phananh.laichau.gov.vn/t/PA-2026-000123");
        Assert.Equal("https://phananh.laichau.gov.vn/t/PA-2026-000123", QrReader.DecodePageOne(Letter));
    }

    [Fact]
    public void R7_1_ResultLetter_QrCodeAndLinkText_AreClickable()
    {
        var uris = PdfObjects.Dictionaries(Letter).Where(d => d.TryGetProperty("/URI", out _)).Select(d => d.GetProperty("/URI").GetString());

        Assert.Equal(["u:https://phananh.laichau.gov.vn/t/PA-2026-000123", "u:https://phananh.laichau.gov.vn/t/PA-2026-000123"], uris);
    }

    [Fact]
    public void R7_1a_ConfidentialLetter_HasNoPublicLinkAndNoQrCode()
    {
        var confidential = ResultLetterDocument.Render(Samples.ResultLetter(confidential: true));

        using var pdf = new PdfText(confidential);
        Assert.DoesNotContain("phananh.laichau.gov.vn", pdf.AllWords(), StringComparison.Ordinal);
        Assert.DoesNotContain("Quét mã", pdf.AllWords(), StringComparison.Ordinal);
        pdf.AssertHasPhrase("Phản ánh được bảo mật theo yêu cầu của người phản ánh;");
        Assert.Null(QrReader.DecodePageOne(confidential));
        Assert.DoesNotContain(PdfObjects.Dictionaries(confidential), d => d.TryGetProperty("/URI", out _));
    }

    [Theory]
    [InlineData("Độc lập", "Bold")]
    [InlineData("CỘNG", "Bold")]
    [InlineData("PHÒNG", "Bold")]
    [InlineData("ngày", "Italic")]
    [InlineData("Nơi", "BoldItalic")]
    public void ResultLetter_HeaderAndRecipients_UseDecree30Styles(string word, string style)
    {
        using var pdf = new PdfText(Letter);
        var first = word.Split(' ')[0];
        var letters = pdf.Page(1).GetWords().First(w => w.Text == first).Letters;
        Assert.All(letters, l => Assert.EndsWith("," + style, l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void ResultLetter_Motto_HasARuleOfItsOwnLengthBeneath()
    {
        using var pdf = new PdfText(Letter);
        var page = pdf.Page(1);
        var motto = page.GetWords().SkipWhile(w => w.Text != "Độc").Take(8).ToList(); // Độc lập - Tự do - Hạnh phúc
        var left = motto[0].BoundingBox.Left;
        var right = motto[^1].BoundingBox.Right;

        var rule = Rules(page).Single(r => r.Top < motto[0].BoundingBox.Bottom && r.Top > motto[0].BoundingBox.Bottom - 8 && r.Left > left - 20);
        Assert.Equal(right - left, rule.Width, 1.5);
        Assert.Equal((left + right) / 2, (rule.Left + rule.Right) / 2, 1.5);
    }

    [Fact]
    public void ResultLetter_IssuingBody_HasAShortCentredRuleBeneath()
    {
        using var pdf = new PdfText(Letter);
        var page = pdf.Page(1);
        var body = page.GetWords().Single(w => w.Text == "PHÒNG");

        var rule = Rules(page).Single(r => r.Top < body.BoundingBox.Bottom && r.Top > body.BoundingBox.Bottom - 8 && r.Left < body.BoundingBox.Right);
        var column = PageSettings.Decree30.ContentWidth * 0.4;
        Assert.Equal(column / 3, rule.Width, 0.5);
        Assert.Equal(PageSettings.Decree30.Left + column / 2, (rule.Left + rule.Right) / 2, 0.5);
    }

    private static IEnumerable<UglyToad.PdfPig.Core.PdfRectangle> Rules(UglyToad.PdfPig.Content.Page page) =>
        page.Paths.Where(p => p.IsStroked && !p.IsFilled).Select(p => p.GetBoundingRectangle())
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>().Where(r => r.Height < 1 && r.Width > 20);

    [Fact]
    public void ResultLetter_Fonts_AreEmbeddedSubsetsOfLiberationSerif()
    {
        var descriptors = PdfObjects.Dictionaries(Letter).OfType("/FontDescriptor").ToList();

        Assert.Equal(4, descriptors.Count); // regular, bold, italic, bold italic
        Assert.All(descriptors, d =>
        {
            Assert.True(d.TryGetProperty("/FontFile2", out _), $"not embedded: {d}");
            Assert.Matches(new Regex(@"^/[A-Z]{6}\+Liberation ?Serif"), d.GetProperty("/FontName").GetString());
        });
        using var pdf = new PdfText(Letter);
        Assert.All(PdfAssert.Visible(pdf.Page(1)), l => Assert.Matches(new Regex(@"^[A-Z]{6}\+Liberation ?Serif"), l.FontName));
    }

    [Fact]
    public void ResultLetter_Page_IsA4WithTextInsideTheMarginsAndNoPageNumber()
    {
        using var pdf = new PdfText(Letter);

        Assert.Equal(1, pdf.PageCount);
        PdfAssert.IsA4(pdf.Page(1));
        PdfAssert.TextInsideMargins(pdf.Page(1));
        Assert.Equal("", PdfAssert.TopMarginText(pdf.Page(1)));
    }

    [Fact]
    public void ResultLetter_File_PassesQpdfCheck() => ExternalTool.AssertQpdfCheckPasses(Letter);

    [Fact]
    public void Render_ManyLettersAtOnce_GivesTheSameText()
    {
        using var expected = new PdfText(Letter);

        var letters = new byte[16][];
        Parallel.For(0, letters.Length, i => letters[i] = ResultLetterDocument.Render(Samples.ResultLetter()));

        Assert.All(letters, bytes =>
        {
            using var pdf = new PdfText(bytes);
            Assert.Equal(expected.AllWords(), pdf.AllWords());
        });
    }

    [Fact]
    public void ResultLetter_LongResult_BreaksOntoNumberedPagesInsideTheMargins()
    {
        var longResult = string.Join(" ", Enumerable.Repeat("Ủy ban nhân dân xã đã huy động lực lượng khắc phục, đắp đất, đặt biển cảnh báo.", 120));
        var letter = ResultLetterDocument.Render(Samples.ResultLetter(result: longResult));

        using var pdf = new PdfText(letter);
        Assert.True(pdf.PageCount >= 3, $"{pdf.PageCount} pages");
        foreach (var page in pdf.Pages)
        {
            PdfAssert.IsA4(page);
            PdfAssert.TextInsideMargins(page);
        }

        pdf.AssertHasPhrase("Nguyễn Văn Bình");
        ExternalTool.AssertQpdfCheckPasses(letter);
    }
}
