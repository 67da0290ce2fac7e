using System.Text.RegularExpressions;

namespace LaiChau.Host.Reports.Intake;

/// <summary>
/// R5.2 asks for Vietnamese. Text typed without diacritics is normal on phones and passes; text that is not
/// Vietnamese at all (another script, or Latin words that cannot be Vietnamese syllables) is flagged for the officer —
/// never refused, since a heuristic must not turn a citizen away.
/// </summary>
public static partial class LanguageCheck
{
    public static bool LooksVietnamese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count == 0)
        {
            return true;
        }

        // Another script (Chinese, Cyrillic, Thai…): Vietnamese letters are all Latin (with marks).
        var latin = letters.Count(c => VietnameseText.Fold(c.ToString()) is [>= 'a' and <= 'z']);
        if (latin < letters.Count * 0.7)
        {
            return false;
        }

        // Every Vietnamese word is one syllable of a fixed shape; most words of English or French are not.
        var words = VietnameseText.Words(text).Where(w => w.All(char.IsLetter)).ToList();
        return words.Count < 4 || words.Count(Syllable().IsMatch) >= words.Count * 0.6;
    }

    /// <summary>A folded Vietnamese syllable: an optional initial consonant, vowels, an optional final c/ch/m/n/ng/nh/p/t.</summary>
    [GeneratedRegex("^(b|c|ch|d|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?[aeiouy]{1,3}(c|ch|m|n|ng|nh|p|t)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();
}
