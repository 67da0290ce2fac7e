using System.Text.RegularExpressions;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.Citizens;

/// <summary>What the citizens' tests share: a small real PNG photo, filling the submit form, reading the receipt.</summary>
internal static partial class CitizenPages
{
    /// <summary>A real 2×2 PNG (signature, IHDR, one IDAT, IEND), as a phone's photo would start.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

    public static async Task FillAsync(IPage page, string category = "khac", string description = "Cột đèn đường trước chợ bị nghiêng, có thể đổ vào người đi đường.",
        string name = "Trần Văn Bình", string phone = "0912 345 678", string email = "", bool confidential = false,
        double lat = WebWorld.DoanKetLat, double lon = WebWorld.DoanKetLon)
    {
        await page.GotoAsync("/gui-phan-anh");
        await page.Locator("#category").SelectOptionAsync(category);
        await page.Locator("#description").FillAsync(description);
        await page.Locator("#lat").FillAsync(lat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#lon").FillAsync(lon.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#address").FillAsync("Chợ trung tâm, phường Đoàn Kết");
        await page.Locator("#name").FillAsync(name);
        await page.Locator("#phone").FillAsync(phone);
        await page.Locator("#email").FillAsync(email);
        if (confidential)
        {
            await page.GetByLabel("Giữ bí mật thông tin của tôi").CheckAsync();
        }
    }

    /// <summary>Sends the form and returns the code on the receipt.</summary>
    public static async Task<string> SendAsync(IPage page)
    {
        await page.Locator("form.report button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/gui-phan-anh/da-nhan");
        return (await page.Locator("[data-code]").InnerTextAsync()).Trim();
    }

    /// <summary>Answers the sum the form asks without JavaScript ("bảy cộng năm").</summary>
    public static async Task AnswerSumAsync(IPage page)
    {
        var label = await page.Locator("label[for=answer]").InnerTextAsync();
        var match = Sum().Match(label);
        Assert.True(match.Success, label);
        var words = new[] { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười" };
        var answer = Array.IndexOf(words, match.Groups[1].Value) + Array.IndexOf(words, match.Groups[2].Value);
        await page.Locator("#answer").FillAsync(answer.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"Câu hỏi: (\S+) cộng (\S+) bằng mấy")]
    private static partial Regex Sum();
}
