using LaiChau.Host.Mail;

namespace LaiChau.Host.Tests.Mail;

/// <summary>A broken notice template is explained in English for the API (Fluid's words) and in Vietnamese for the page.</summary>
public sealed class LiquidProblemsTests
{
    [Theory]
    [InlineData("Kính gửi {% if %} ông bà", "thẻ 'if' viết chưa đúng (dòng 1, cột 15).", "Invalid 'if' tag at (1:15)")]
    [InlineData("{% if a %} x", "thiếu '{% endif %}' (dòng 1, cột 13).", "'{% endif %}' was expected at (1:13)")]
    [InlineData("Mã {{ ReportCode ", "thiếu '}}' (dòng 1, cột 17).", "End of tag '}}' was expected at (1:17)")]
    [InlineData("{{ a | }}", "thiếu tên (biến, bộ lọc hoặc thẻ) (dòng 1, cột 7).", "An identifier was expected after the '|' sign at (1:7)")]
    [InlineData("dòng một\n{% endif %}", "không có thẻ 'endif' (dòng 2, cột 9).", "Unknown tag 'endif' at (2:9)")]
    public void Check_ABrokenTemplate_SaysWhatAndWhereInBothLanguages(string template, string vietnamese, string english)
    {
        var problem = NoticeTemplates.Check(template);

        Assert.NotNull(problem);
        Assert.Equal(vietnamese, problem.Vietnamese);
        Assert.StartsWith(english, problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AMessageItDoesNotKnow_StillSaysWhereInVietnamese() =>
        Assert.Equal("cú pháp Liquid chưa đúng (dòng 3, cột 1).", LiquidProblems.OfParser("Something new at (3:1)\nSource:\nx").Vietnamese);

    [Fact]
    public void Check_AGoodTemplate_HasNoProblem() => Assert.Null(NoticeTemplates.Check("Kính gửi {{ ReporterName }}, mã {{ ReportCode }}."));
}
