using System.Globalization;

namespace LaiChau.Host.Calendar;

/// <summary>Instants given by clients (query strings): ISO 8601 that must say its offset.</summary>
public static class IsoInstant
{
    /// <summary>A bare local time is refused: it would be read in the server's zone.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        var hasOffset = text is { Length: > 10 } && (text.EndsWith('Z') || text[^6] is '+' or '-');
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
