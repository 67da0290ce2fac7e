using LaiChau.Reporting.Letters;
using LaiChau.Reporting.Tests.Support;

namespace LaiChau.Reporting.Tests.Letters;

public sealed class ResultLetterSmokeTests
{
    [Fact]
    public void Render_Sample_WritesFile()
    {
        var pdf = ResultLetterDocument.Render(Samples.ResultLetter());
        File.WriteAllBytes("/tmp/letter.pdf", pdf);
        File.WriteAllBytes("/tmp/reject.pdf", RejectionNoticeDocument.Render(Samples.RejectionNotice()));
        Assert.NotEmpty(pdf);
    }
}
