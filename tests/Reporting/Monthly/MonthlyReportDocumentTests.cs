using LaiChau.Reporting.Monthly;
using LaiChau.Reporting.Tests.Support;
using UglyToad.PdfPig.Content;

namespace LaiChau.Reporting.Tests.Monthly;

public sealed class MonthlyReportDocumentTests
{
    private static readonly MonthlyReport Sample = MonthlySamples.Report();
    private static readonly byte[] Report = MonthlyReportDocument.Render(Sample);

    [Theory]
    [InlineData("Kết quả tiếp nhận, xử lý phản ánh tháng 02/2026")]
    [InlineData("Lai Châu, ngày 02 tháng 3 năm 2026")]
    [InlineData("Tiếp nhận trong tháng 438")]
    [InlineData("Đã xử lý đúng hạn 372")]
    [InlineData("Đã xử lý quá hạn 21")]
    [InlineData("Từ chối, không xử lý (R7.2) 12")]
    [InlineData("Chuyển cơ quan khác (R7.5) 6")]
    [InlineData("Đang xử lý 27")]
    [InlineData("Quá hạn chưa xử lý xong 14")]
    [InlineData("đã xử lý đúng hạn 372 (84,9%),")]
    [InlineData("12 Công an tỉnh 53 37 2 1 1 3 3")]
    [InlineData("Biểu đồ 1. Số phản ánh tiếp nhận và xử lý theo cơ quan")]
    [InlineData("Biểu đồ 2. Số phản ánh tiếp nhận và xử lý xong theo ngày")]
    public void R11_3_MonthlyReport_ShowsTotalsAgenciesAndCharts(string phrase)
    {
        using var pdf = new PdfText(Report);
        pdf.AssertHasPhrase(phrase);
    }

    [Theory]
    [InlineData("Hài lòng 240 75,0%")]
    [InlineData("Chấp nhận được 60 18,8%")]
    [InlineData("Không hài lòng 20 6,3%")]
    public void R8_2_MonthlyReport_ShowsTheThreeRatings(string phrase)
    {
        using var pdf = new PdfText(Report);
        pdf.AssertHasPhrase(phrase);
    }

    [Fact]
    public void R9_MonthlyReport_ListsHiddenReportsWithWhoWhenWhyAndHandling()
    {
        using var pdf = new PdfText(Report);
        pdf.AssertHasPhrase("VIII. Phản ánh bị ẩn");
        // Cells wrap, so each is checked on its own: code, date, who, why, handling.
        pdf.AssertHasPhrase("PA-2026-900003");
        pdf.AssertHasPhrase("13/02/2026 Lê Thị Hằng Nội dung xúc phạm");
        pdf.AssertHasPhrase("Trung tâm theo dõi");
    }

    [Fact]
    public void R11_3_OverdueList_SpansPagesWithItsHeaderRepeated()
    {
        using var pdf = new PdfText(Report);
        const string header = " STT Mã phản ánh Cơ quan Ngày nhận Hạn xử lý "; // "Quá hạn (ngày)" wraps in its cell

        var pages = pdf.Pages.Where(p => p.GetWords().Any(w => w.Text.StartsWith("PA-2026-0000", StringComparison.Ordinal))).ToList();
        Assert.True(pages.Count >= 2, $"overdue list on {pages.Count} page(s)");
        Assert.All(pages, p => Assert.Contains(header, pdf.Words(p.Number), StringComparison.Ordinal));
        pdf.AssertHasPhrase("45 PA-2026-000045");
    }

    [Fact]
    public void MonthlyReport_Charts_DrawOneBarPerAgencyAndPerDay()
    {
        using var pdf = new PdfText(Report);
        var paths = pdf.Pages.SelectMany(p => p.Paths).Where(p => p.IsFilled).ToList();

        // +1: each colour also fills one legend swatch.
        Assert.Equal(Sample.Days.Count + 1, paths.Count(p => Is(p.FillColor, 0x1F, 0x4E, 0x79)));
        Assert.Equal(Sample.Agencies.Count + 1, paths.Count(p => Is(p.FillColor, 0xC0, 0x39, 0x2B)));
    }

    [Fact]
    public void MonthlyReport_EveryPage_IsA4InsideTheMarginsAndNumberedFromPageTwo()
    {
        using var pdf = new PdfText(Report);

        Assert.True(pdf.PageCount >= 4, $"{pdf.PageCount} pages");
        Assert.Equal("", PdfAssert.TopMarginText(pdf.Page(1)));
        foreach (Page page in pdf.Pages)
        {
            PdfAssert.IsA4(page);
            PdfAssert.TextInsideMargins(page);
            if (page.Number > 1)
            {
                Assert.Equal(page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), PdfAssert.TopMarginText(page));
            }
        }
    }

    [Fact]
    public void MonthlyReport_File_PassesQpdfCheckWithEmbeddedFonts()
    {
        ExternalTool.AssertQpdfCheckPasses(Report);
        Assert.All(PdfObjects.Dictionaries(Report).OfType("/FontDescriptor"), d => Assert.True(d.TryGetProperty("/FontFile2", out _)));
    }

    [Fact]
    public void MonthlyReport_NothingOverdueOrHidden_SaysSo()
    {
        using var pdf = new PdfText(MonthlyReportDocument.Render(MonthlySamples.Report(openCases: 0, hidden: 0)));
        pdf.AssertHasPhrase("V. Phản ánh quá hạn, chưa xử lý xong Không có.");
        pdf.AssertHasPhrase("VIII. Phản ánh bị ẩn Không có.");
    }

    [Fact]
    public void R11_3_MonthlyReportForOneAgency_NamesTheAgencyInTheSubject()
    {
        var report = MonthlySamples.Report() with { Agency = "UBND huyện Sìn Hồ" };

        using var pdf = new PdfText(MonthlyReportDocument.Render(report));
        pdf.AssertHasPhrase("Kết quả tiếp nhận, xử lý phản ánh tháng 02/2026 - UBND huyện Sìn Hồ");
    }

    [Fact]
    public void AgencyChart_VeryLongAgencyName_IsShortenedInsideTheMargins()
    {
        const string name = "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Lai Châu";
        var report = MonthlySamples.Report() with { Agencies = [new AgencyFigures(name, new ReportTotals(9, 5, 1, 1, 0, 2, 1))] };

        using var pdf = new PdfText(MonthlyReportDocument.Render(report));
        foreach (var page in pdf.Pages)
        {
            PdfAssert.TextInsideMargins(page);
        }

        pdf.AssertHasPhrase("Ban Quản lý dự án đầu tư xây dựng các"); // the chart label, cut with "…"
        Assert.Contains("…", pdf.AllWords(), StringComparison.Ordinal);
    }

    private static bool Is(UglyToad.PdfPig.Graphics.Colors.IColor? colour, int r, int g, int b)
    {
        if (colour is null)
        {
            return false;
        }

        var (red, green, blue) = colour.ToRGBValues();
        return Math.Abs(red * 255 - r) < 1 && Math.Abs(green * 255 - g) < 1 && Math.Abs(blue * 255 - b) < 1;
    }
}
