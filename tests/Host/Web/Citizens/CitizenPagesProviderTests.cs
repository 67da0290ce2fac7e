using System.Text.RegularExpressions;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Reports;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Web.Citizens;

/// <summary>
/// The citizens' pages on each database provider (the browser tests run on SQLite only): the receipt notice carries
/// the secret tracking link on the public address (R8), and tracking, results and statistics answer with the data.
/// </summary>
public abstract partial class CitizenPagesProviderTests : ProviderTestBase
{
    [Fact]
    public async Task R8_ReceiptNotice_CarriesTheSecretLink_AndThePagesShowTheResult()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await ReportWorld.StartAsync(NewHost().WithSmtp(smtp.Port).With("Reports:Letters:PublicBaseUrl", "https://phananh.laichau.gov.vn"));
        var code = await world.SubmitAsync();

        var receipt = Assert.Single(smtp.Messages, m => m.Subject == $"Đã tiếp nhận phản ánh {code}");
        var link = Link().Match(receipt.TextBody ?? "");
        Assert.True(link.Success, receipt.TextBody);
        Assert.Equal(code, link.Groups[1].Value);

        Assert.True((await world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" })).IsSuccessStatusCode);
        Assert.True((await world.CompleteAsync("lan.le", code, "direct", new { instructions = "Vá ngay." })).IsSuccessStatusCode);
        Assert.True((await world.CompleteAsync("an.nguyen", code, "record-result", new { result = "Đã vá ổ gà, mặt đường êm thuận." })).IsSuccessStatusCode);
        Assert.True((await world.CompleteAsync("lan.le", code, "approve-result", new { decision = "approve" })).IsSuccessStatusCode);

        var own = await PageAsync(world, new Uri(link.Value).PathAndQuery);
        Assert.Contains("Đã vá ổ gà, mặt đường êm thuận.", own, StringComparison.Ordinal);
        Assert.Contains("Đã xác minh phản ánh", own, StringComparison.Ordinal);
        Assert.Contains("data-rating-form", own, StringComparison.Ordinal);

        var byCode = await PageAsync(world, $"/tra-cuu/{code}");
        Assert.Contains("Đã có kết quả xử lý", byCode, StringComparison.Ordinal);
        // Issue 17 point 2: the result of a public report is public (its notice), the reporter is not.
        Assert.Contains("Đã vá ổ gà, mặt đường êm thuận.", byCode, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn An", byCode, StringComparison.Ordinal);

        var results = await PageAsync(world, "/ket-qua?xa=03388");
        Assert.Contains($"data-code=\"{code}\"", results, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn An", results, StringComparison.Ordinal);
        // 03388 named as the unit of the report's day (Đoàn Kết), not as the code's pre-2025 unit (Quyết Tiến).
        Assert.DoesNotContain("Quyết Tiến", results, StringComparison.Ordinal);

        var statistics = await PageAsync(world, "/thong-ke");
        Assert.Contains("data-resolved>1<", statistics, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Phường Đoàn Kết</th>", statistics, StringComparison.Ordinal);
        Assert.DoesNotContain("Quyết Tiến", statistics, StringComparison.Ordinal);
    }

    /// <summary>A page's HTML with its character references decoded (Razor writes Vietnamese letters as references).</summary>
    private static async Task<string> PageAsync(ReportWorld world, string path) =>
        System.Net.WebUtility.HtmlDecode(await world.Public.GetStringAsync(path));

    [GeneratedRegex(@"https://phananh\.laichau\.gov\.vn/tra-cuu/(PA-\d{4}-\d+)\?k=[A-Za-z0-9_\-]+")]
    private static partial Regex Link();
}

public sealed class SqliteCitizenPagesProviderTests : CitizenPagesProviderTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCitizenPagesProviderTests : CitizenPagesProviderTests
{
    public PostgresCitizenPagesProviderTests(PostgresDatabase database) => Postgres = database;
}
