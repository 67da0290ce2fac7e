using LaiChau.Reporting.Letters;
using LaiChau.Reporting.Tests.Support;

namespace LaiChau.Reporting.Tests.Letters;

public sealed class RejectionNoticeTests
{
    private static readonly byte[] Notice = RejectionNoticeDocument.Render(Samples.RejectionNotice());

    [Theory]
    [InlineData("Lai Châu, ngày 15 tháng 12 năm 2026")]
    [InlineData("Về việc không xử lý phản ánh PA-2026-000456")]
    [InlineData("Ngày 14/12/2026, Văn phòng nhận được phản ánh mã số PA-2026-000456")]
    [InlineData("Lý do không xử lý: Nội dung là câu hỏi pháp luật, không phải phản ánh về hiện trường (R7.2).")]
    [InlineData("- Mô tả rõ vụ việc cụ thể đang xảy ra, thời gian và địa điểm;")]
    [InlineData("- Đính kèm ảnh hoặc video hiện trường;")]
    [InlineData("- Gửi câu hỏi pháp luật qua cổng dịch vụ công của tỉnh.")]
    [InlineData("PHÓ CHỦ TỊCH")]
    public void R7_2_RejectionNotice_StatesTheReasonAndHowToResubmit(string phrase)
    {
        using var pdf = new PdfText(Notice);
        pdf.AssertHasPhrase(phrase);
    }

    [Fact]
    public void R7_2_RejectionNotice_IsOneA4PageInsideTheMarginsAndPassesQpdf()
    {
        using var pdf = new PdfText(Notice);

        Assert.Equal(1, pdf.PageCount);
        PdfAssert.IsA4(pdf.Page(1));
        PdfAssert.TextInsideMargins(pdf.Page(1));
        ExternalTool.AssertQpdfCheckPasses(Notice);
    }
}
