using System.Security.Cryptography;
using LaiChau.Web.Tests.Infrastructure;

namespace LaiChau.Web.Tests.Accounts;

[Collection(WebCollection.Name)]
public sealed class TwoFactorTests(WebFixture web)
{
    [Fact]
    public async Task TwoFactor_OnceEnabled_SignInAsksForTheAuthenticatorCode()
    {
        await web.World.AccountAsync("totp.user", roles: []);
        var page = await web.NewPageAsync();
        await page.SignInAsync("totp.user", returnUrl: "/tai-khoan");
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.Locator("#code").FillAsync(Totp(key));
        await page.Locator("#two-factor button[type=submit]").ClickAsync();
        Assert.Equal("Đã bật xác thực hai bước.", await page.Locator("p.success").InnerTextAsync());

        await page.Context.ClearCookiesAsync();
        await page.SignInAsync("totp.user", returnUrl: "/tai-khoan");
        Assert.Contains("/dang-nhap/ma", page.Url, StringComparison.Ordinal);
        await page.Locator("#code").FillAsync("000000");
        await page.Locator("form.narrow button[type=submit]").ClickAsync();
        Assert.Equal("Mã xác thực không đúng.", await page.Locator("p.error").InnerTextAsync());

        await page.Locator("#code").FillAsync(Totp(key));
        await page.Locator("form.narrow button[type=submit]").ClickAsync();
        Assert.Equal(web.Host.BaseUrl + "/tai-khoan", page.Url);
    }

    /// <summary>
    /// RFC 6238 with the authenticator app's defaults (SHA-1, 30 s, 6 digits), at real time: Identity's token
    /// providers read the system clock, not the app's TimeProvider.
    /// </summary>
    private static string Totp(string base32Key)
    {
        var now = TimeProvider.System.GetUtcNow();
        var counter = BitConverter.GetBytes(now.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
