namespace LaiChau.Host.Reports.Intake;

/// <summary>
/// R2.2: disasters, fires, accidents, theft and robbery, loss of security or public order are urgent. A report is
/// urgent when its category says so or its text names such an event, typed with or without diacritics. Folding
/// makes some words ambiguous ("chay" is both cháy, burning, and chạy, running), so a single word counts only when
/// typed with its marks ("cháy"), while the folded forms count as phrases ("chay nha", "sat lo").
/// </summary>
public static class UrgencyDetector
{
    /// <summary>Single words, exactly as written with diacritics (lower case).</summary>
    private static readonly HashSet<string> MarkedWords = new(StringComparer.Ordinal)
    {
        "cháy", "lũ", "trộm", "cướp", "nổ", "sạt", "lụt", "giông", "lốc",
    };

    /// <summary>Folded phrases (and the few folded single words with no everyday other sense).</summary>
    private static readonly string[][] FoldedPhrases =
    [
        .. new[]
        {
            "chay nha", "dam chay", "hoa hoan", "bi chay", "dang chay", "chay rung", "chay lon", "boc chay", "chay no", "no binh gas",
            "sat lo", "lo dat", "lu quet", "lu ong", "lu lut", "ngap lut", "nuoc lu", "dong dat", "mua da", "loc xoay",
            "tai nan", "dam xe", "lat xe", "danh nhau", "nguoi bi thuong", "nguoi chet",
            "trom", "trom cap", "cuop", "cuop giat", "giet nguoi", "dam chem", "bat coc",
            "mat an ninh", "gay roi", "dua xe", "ma tuy",
        }.Select(p => p.Split(' ')),
    ];

    public static bool IsUrgent(string? text) => text is not null && MatchedPhrase(text) is not null;

    /// <summary>The keyword or phrase found, for the officer's note; null when none.</summary>
    public static string? MatchedPhrase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marked = text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', '!', '?', ';', ':', '"', '\'', '(', ')'))
            .FirstOrDefault(MarkedWords.Contains);
        if (marked is not null)
        {
            return marked;
        }

        var words = VietnameseText.Words(text);
        foreach (var phrase in FoldedPhrases)
        {
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (phrase.Select((w, k) => words[i + k] == w).All(match => match))
                {
                    return string.Join(' ', phrase);
                }
            }
        }

        return null;
    }
}
