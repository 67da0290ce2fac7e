using System.Text.RegularExpressions;
using LaiChau.Host.Web.Localization;
using LaiChau.Testing;

namespace LaiChau.Web.Tests.Accounts;

public sealed partial class TranslationTests
{
    /// <summary>Every Vietnamese sentence a page shows through <c>T["…"]</c> has its English (issue 8: English switch).</summary>
    [Fact]
    public void Pages_EveryTextShown_HasAnEnglishTranslation()
    {
        var pages = Path.Combine(RepositoryPaths.Root, "src", "Host", "Pages");
        var used = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => TextKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetRelativePath(pages, file), Key: Unescape(m.Groups[1].Value))))
            .ToList();
        var missing = used.Where(u => !UiText.TranslatedKeys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.True(missing.Count == 0, "Missing in src/Host/Web/Localization/en/*.json:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Translations_TheSameSentenceInTwoFiles_SaysTheSameInEnglish() =>
        Assert.True(UiText.Conflicts.Count == 0, string.Join("\n", UiText.Conflicts));

    private static string Unescape(string text) => text.Replace("\\\"", "\"", StringComparison.Ordinal);

    [GeneratedRegex("""T\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex TextKey();
}
