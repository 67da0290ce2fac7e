namespace LaiChau.Host.Reports.Intake;

/// <summary>Where and when a report was made, and what it says: what R5.7 compares.</summary>
public sealed record ReportFingerprint(string Category, double Lat, double Lon, DateTimeOffset ReceivedAt, string Description, string Phone);

/// <summary>R5.7's window: how close in space and time two reports must be to be the same matter.</summary>
public sealed class DuplicateOptions
{
    public double MaxDistanceMetres { get; set; } = 150;

    public TimeSpan Window { get; set; } = TimeSpan.FromDays(7);

    /// <summary>R5.7: a new report matching one resolved this long ago or less is told that result at intake.</summary>
    public TimeSpan ResolvedWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Share of words two descriptions must have in common (Jaccard, on folded words).</summary>
    public double MinSimilarity { get; set; } = 0.5;
}

/// <summary>
/// R5.7: a new report repeats an open one when it is of the same category, near it (distance), soon after it
/// (window), and either says much the same (diacritics ignored) or comes from the same reporter.
/// </summary>
public static class DuplicateRule
{
    private const double EarthRadiusMetres = 6_371_000;

    public static bool IsDuplicate(ReportFingerprint incoming, ReportFingerprint open, DuplicateOptions options)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(options);
        return incoming.Category == open.Category
            && incoming.ReceivedAt >= open.ReceivedAt
            && incoming.ReceivedAt - open.ReceivedAt <= options.Window
            && DistanceMetres(incoming.Lat, incoming.Lon, open.Lat, open.Lon) <= options.MaxDistanceMetres
            && (incoming.Phone == open.Phone || Similarity(incoming.Description, open.Description) >= options.MinSimilarity);
    }

    /// <summary>Great-circle distance (haversine): exact enough at a province's scale.</summary>
    public static double DistanceMetres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Words in common over words in either (folded, so "đèn hỏng" and "den hong" are the same words).</summary>
    public static double Similarity(string a, string b) => Similarity(WordSet(a), b);

    /// <summary>The folded words of a text, to compare one text with many without folding it again each time.</summary>
    public static HashSet<string> WordSet(string text) => VietnameseText.Words(text).ToHashSet(StringComparer.Ordinal);

    public static double Similarity(IReadOnlySet<string> left, string b)
    {
        var right = WordSet(b);
        var union = left.Union(right).Count();
        return union == 0 ? 0 : (double)left.Intersect(right).Count() / union;
    }
}
