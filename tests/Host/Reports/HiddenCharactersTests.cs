using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Intake;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Reports;

/// <summary>
/// Bad input found by hand (2026-12-07): bidirectional overrides and zero-width characters in a report's texts would
/// make staff views show reversed or spoofed text. They are removed at intake, on every channel.
/// </summary>
public abstract class HiddenCharactersTests : ProviderTestBase
{
    [Theory]
    [InlineData("Ổ gà\u202E lớn", "Ổ gà lớn")] // right-to-left override
    [InlineData("\u2066Đường\u2069 Trần Hưng Đạo", "Đường Trần Hưng Đạo")] // left-to-right isolate … pop
    [InlineData("Nguy\u200Bễn\u200E\u200F\uFEFF", "Nguyễn")] // zero-width space, direction marks, BOM
    [InlineData("cháy\U000E0063\U000E0061", "cháy")] // tag characters (invisible text)
    [InlineData("Gia đình 👨\u200D👩\u200D👧", "Gia đình 👨\u200D👩\u200D👧")] // a joiner between emoji draws one emoji
    [InlineData("An\u200DNa", "AnNa")] // a joiner between letters is hidden
    public void HiddenCharacters_AreRemoved_EmojiSequencesKept(string typed, string kept) =>
        Assert.Equal(kept, HiddenCharacters.Remove(typed));

    [Fact]
    public async Task Intake_TextsWithBidiOverridesAndZeroWidthCharacters_AreStoredWithoutThem()
    {
        var world = await ReportWorld.StartAsync(NewHost());

        var code = await world.SubmitAsync(f =>
        {
            f["description"] = "Ổ gà lớn\u202E gnờưđ aữig \u200Bxe máy dễ ngã.";
            f["address_string"] = "\u2066Đường Trần Hưng Đạo\u2069, phường Đoàn Kết\u200B";
            f["first_name"] = "Văn\u200B An\u202E";
            f["last_name"] = "Nguy\u2066ễn";
        });

        await using var scope = world.Host.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Reports.AsNoTracking().SingleAsync(r => r.Code == code);
        var contact = await (await world.As("soc.officer").PostAsync($"/api/v1/reports/{code}/contact", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ổ gà lớn gnờưđ aữig xe máy dễ ngã.", report.Description);
        Assert.Equal("Đường Trần Hưng Đạo, phường Đoàn Kết", report.Address);
        Assert.Equal("Nguyễn Văn An", contact.GetProperty("name").GetString());
        Assert.DoesNotContain(report.Description + report.Address, c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
    }
}

public sealed class SqliteHiddenCharactersTests : HiddenCharactersTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresHiddenCharactersTests : HiddenCharactersTests
{
    public PostgresHiddenCharactersTests(PostgresDatabase database) => Postgres = database;
}
