using LaiChau.Host.Reports.Intake;

namespace LaiChau.Host.Tests.Reports;

/// <summary>Issue 6 point 2: R5 input rules, R2.2 urgency from text, R5.2 language flag — pure functions.</summary>
public sealed class IntakeRulesTests
{
    [Theory]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("+84 912.345.678", "0912345678")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("(0213) 3876-543", "02133876543")]
    [InlineData("0312345678", "0312345678")]
    public void R5_4_VietnamesePhoneNumbers_AreNormalised(string typed, string national) =>
        Assert.Equal(national, PhoneNumbers.Normalize(typed));

    [Theory]
    [InlineData("0112345678")]
    [InlineData("091234567")]
    [InlineData("09123456789")]
    [InlineData("+1 415 555 0100")]
    [InlineData("không có")]
    public void R5_4_OtherNumbers_AreRefused(string typed) => Assert.Null(PhoneNumbers.Normalize(typed));

    [Theory]
    [InlineData("Nhà dân bị cháy ở bản Sin Suối Hồ, cần cứu gấp", "cháy")]
    [InlineData("chay nha o ban na hay, can cuu", "chay nha")]
    [InlineData("Sạt lở đất trên quốc lộ 4D", "sạt")]
    [InlineData("sat lo tren duong vao ban", "sat lo")]
    [InlineData("Nước lũ dâng cao", "lũ")]
    [InlineData("xay ra tai nan giao thong tai km 12", "tai nan")]
    [InlineData("Nhà tôi bị trộm xe máy đêm qua", "trộm")]
    [InlineData("bi cuop dien thoai o cho", "cuop")]
    public void R2_2_UrgentEvents_AreFound_WithOrWithoutDiacritics(string text, string keyword) =>
        Assert.Equal(keyword, UrgencyDetector.MatchedPhrase(text));

    [Theory]
    [InlineData("Xe tải chạy quá tốc độ làm hỏng mặt đường")]
    [InlineData("xe tai chay qua nhanh lam hong mat duong")]
    [InlineData("Đèn đường trước cổng trường không sáng")]
    [InlineData("Rác thải đổ bừa bãi cạnh suối")]
    public void R2_2_OrdinaryReports_AreNotUrgent(string text) => Assert.Null(UrgencyDetector.MatchedPhrase(text));

    [Theory]
    [InlineData("Đường vào bản bị hư hỏng nặng, xe không đi được", true)]
    [InlineData("duong vao ban bi hu hong nang xe khong di duoc", true)]
    [InlineData("The road to the village is badly damaged and cars cannot pass", false)]
    [InlineData("La route est très endommagée près du village", false)]
    [InlineData("Sạt lở đất trên QL4D km 12, đoạn qua xã Bình Lư", true)]
    [InlineData("道路严重损坏，车辆无法通行", false)]
    [InlineData("Дорога сильно повреждена", false)]
    public void R5_2_NonVietnameseText_IsFlagged(string text, bool vietnamese) => Assert.Equal(vietnamese, LanguageCheck.LooksVietnamese(text));

    [Fact]
    public void R5_GoodInput_IsChecked_AndNormalised()
    {
        var errors = new Dictionary<string, string[]>();

        var input = ReporterInputRules.Check(new ReporterInput("  Lò Văn Páo ", "+84 912 345 678", "pao.lo@example.com", "Đèn đường hỏng ở tổ 5, phường Tân Phong"), errors);

        Assert.Empty(errors);
        Assert.Equal(("Lò Văn Páo", "0912345678", false, (string?)null), (input!.Name, input.Phone, input.NotVietnamese, input.UrgentKeyword));
    }

    [Theory]
    [InlineData(null, "0912345678", null, "Đèn đường hỏng ở tổ 5", "name", "họ và tên")]
    [InlineData("<b>X</b>", "0912345678", null, "Đèn đường hỏng ở tổ 5", "name", "chữ cái")]
    [InlineData("Lò Văn Páo", "", null, "Đèn đường hỏng ở tổ 5", "phone", "số điện thoại")]
    [InlineData("Lò Văn Páo", "12345", null, "Đèn đường hỏng ở tổ 5", "phone", "không hợp lệ")]
    [InlineData("Lò Văn Páo", "0912345678", "pao@", "Đèn đường hỏng ở tổ 5", "email", "thư điện tử")]
    [InlineData("Lò Văn Páo", "0912345678", null, "hỏng", "description", "ít nhất")]
    [InlineData("Lò Văn Páo", "0912345678", null, "Đèn hỏng <script>alert(1)</script>", "description", "HTML")]
    [InlineData("Lò Văn Páo", "0912345678", null, "Đèn hỏng &lt;b&gt; ở tổ 5", "description", "HTML")]
    public void R5_BadInput_NamesTheField_InVietnamese(string? name, string? phone, string? email, string description, string field, string words)
    {
        var errors = new Dictionary<string, string[]>();

        var input = ReporterInputRules.Check(new ReporterInput(name, phone, email, description), errors);

        Assert.Null(input);
        Assert.Contains(words, Assert.Single(errors[field]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Fold_RemovesEveryMark_AndD()
    {
        Assert.Equal("duong dien bien phu, muong te", VietnameseText.Fold("Đường Điện Biên Phủ, Mường Tè"));
    }
}
