using LaiChau.Reporting.Monthly;
using LaiChau.Reporting.Tests.Support;
using UglyToad.PdfPig;

namespace LaiChau.Reporting.Tests.Monthly;

/// <summary>Issue 17 point 10 (R11.3): the report lists cases resolved late (working days) and not conclusively resolved.</summary>
public sealed class MonthlyCaseListTests
{
    [Fact]
    public void R11_3_MonthlyReport_ListsLateAndNotConclusivelyResolvedCases()
    {
        var report = MonthlySamples.Report(openCases: 2, hidden: 1) with
        {
            ResolvedLate = [new LateCase("PA-2026-000777", "UBND phường Đoàn Kết", "Giao thông", new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 9),
                new DateOnly(2026, 2, 12), 3)],
            NotConclusivelyResolved = [new UnacceptedCase("PA-2026-000888", "UBND xã Bình Lư", "Môi trường", new DateOnly(2026, 2, 20),
                "Không đồng ý, đề nghị xem xét lại (R7.6)", "Đã báo cáo UBND tỉnh")],
        };

        var pdf = MonthlyReportDocument.Render(report);

        var text = Text(pdf);
        Assert.Contains("VI. Phản ánh xử lý quá hạn trong tháng", text, StringComparison.Ordinal);
        Assert.Contains("PA-2026-000777", text, StringComparison.Ordinal);
        Assert.Contains("12/02/2026 3", text, StringComparison.Ordinal); // resolved on, then the working days late
        Assert.Contains("VII. Phản ánh chưa được giải quyết dứt điểm", text, StringComparison.Ordinal);
        Assert.Contains("PA-2026-000888", text, StringComparison.Ordinal);
        Assert.Contains("VIII. Phản ánh bị ẩn", text, StringComparison.Ordinal);
        ExternalTool.AssertQpdfCheckPasses(pdf);
    }

    [Fact]
    public void R11_3_MonthlyReport_WithoutSuchCases_SaysNone()
    {
        var text = Text(MonthlyReportDocument.Render(MonthlySamples.Report(openCases: 1, hidden: 0)));

        var late = text.IndexOf("VI. Phản ánh xử lý quá hạn trong tháng", StringComparison.Ordinal);
        Assert.True(late > 0, text);
        Assert.StartsWith("Không có.", text[(late + "VI. Phản ánh xử lý quá hạn trong tháng ".Length)..], StringComparison.Ordinal);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
