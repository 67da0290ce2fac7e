using System.Security.Cryptography;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Tracking;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Notices;

/// <summary>
/// The SMS form of the secret tracking link: <c>/t/{token}</c> redirects to the full link (R8). A bearer secret like
/// the full link: whoever holds the SMS sees what the reporter sees.
/// </summary>
public static class ShortTrackingLinks
{
    public const string Path = "/t";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>The report's short link (made on first use), or null when the app knows no address of its own.</summary>
    public static async Task<string?> UrlAsync(AppDbContext db, TrackingLinks tracking, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tracking);
        if (tracking.Url(code) is not { } full)
        {
            return null;
        }

        var token = await db.ShortTrackingLinks.Where(l => l.ReportCode == code).Select(l => l.Token).FirstOrDefaultAsync(ct);
        if (token is null)
        {
            token = RandomNumberGenerator.GetString(Alphabet, 16);
            db.ShortTrackingLinks.Add(new ShortTrackingLinkRow { Token = token, ReportCode = code });
        }

        // The site's root is the full link without its own path, so a base path (Reports:Letters:PublicBaseUrl) is kept.
        var root = full[..^tracking.RelativeUrl(code).TrimStart('/').Length];
        return $"{root}{Path.TrimStart('/')}/{token}";
    }

    public static void Map(WebApplication app) => app.MapGet($"{Path}/{{token}}", async (string token, AppDbContext db, TrackingLinks tracking, CancellationToken ct) =>
        token.Length == 16 && await db.ShortTrackingLinks.AsNoTracking().Where(l => l.Token == token).Select(l => l.ReportCode).FirstOrDefaultAsync(ct) is { } code
            ? Results.Redirect(tracking.RelativeUrl(code))
            : Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
}
