using System.Globalization;
using System.Text;

namespace LaiChau.Host.Reports.Intake;

/// <summary>
/// Removes invisible format characters (Unicode category Cf) from what a citizen types: bidirectional overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F), zero-width spaces and joiners (U+200B, U+200C,
/// U+2060, U+FEFF), tag characters. They are never needed in Vietnamese text and can make a staff view show reversed
/// or spoofed text. They are removed rather than refused: the citizen cannot see them, so could not delete them. A
/// zero-width joiner between two emoji stays (it draws one emoji: 👨‍👩‍👧).
/// </summary>
public static class HiddenCharacters
{
    private const char ZeroWidthJoiner = '\u200D';
    private const char EmojiPresentation = '\uFE0F';

    public static string? Remove(string? text)
    {
        if (text is null || !text.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (CharUnicodeInfo.GetUnicodeCategory(text, i) != UnicodeCategory.Format || (text[i] == ZeroWidthJoiner && JoinsEmoji(text, i)))
            {
                kept.Append(text, i, width);
            }

            i += width - 1;
        }

        return kept.ToString();
    }

    private static bool JoinsEmoji(string text, int at)
    {
        if (at == 0 || at + 1 >= text.Length)
        {
            return false;
        }

        var before = char.IsLowSurrogate(text[at - 1]) && at >= 2 ? at - 2 : at - 1;
        return (text[at - 1] == EmojiPresentation || IsSymbol(text, before)) && IsSymbol(text, at + 1);
    }

    private static bool IsSymbol(string text, int at) =>
        CharUnicodeInfo.GetUnicodeCategory(text, at) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;
}
