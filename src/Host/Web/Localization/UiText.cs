using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace LaiChau.Host.Web.Localization;

/// <summary>
/// The web UI's words: Vietnamese is written in the pages and is the key; English comes from <c>en/*.json</c>
/// (embedded; one file per face of the UI, merged; a sentence in two files must say the same — see Conflicts).
/// A sentence missing there shows in Vietnamese rather than breaking the page; a test lists the missing ones.
/// </summary>
public sealed class UiText
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en";

    private static readonly List<string> ConflictList = [];

    private static readonly FrozenDictionary<string, string> EnglishTexts = Load();

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static IReadOnlyCollection<string> TranslatedKeys => EnglishTexts.Keys;

    /// <summary>Sentences two files translate differently (the first file read wins; a test lists them).</summary>
    public static IReadOnlyList<string> Conflicts => EnglishTexts.Count > 0 ? ConflictList : [];

    public string this[string vietnamese] => IsEnglish ? EnglishTexts.GetValueOrDefault(vietnamese, vietnamese) : vietnamese;

    /// <summary>A message made by domain code in both languages (e.g. <see cref="Errors.FieldErrors"/>).</summary>
    public string this[Errors.BilingualText text] => IsEnglish ? text.English : text.Vietnamese;

    public string this[string vietnamese, params object?[] args] =>
        string.Format(CultureInfo.CurrentCulture, this[vietnamese], args);

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(UiText).Assembly;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("web/en/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            foreach (var (vietnamese, english) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [])
            {
                if (texts.TryGetValue(vietnamese, out var other))
                {
                    if (other != english)
                    {
                        ConflictList.Add($"{name}: \"{vietnamese}\" is \"{english}\" here, \"{other}\" elsewhere");
                    }

                    continue;
                }

                texts[vietnamese] = english;
            }
        }

        return texts.Count > 0 ? texts.ToFrozenDictionary(StringComparer.Ordinal)
            : throw new InvalidOperationException("The embedded English texts (Web/Localization/en/*.json) are missing.");
    }
}
