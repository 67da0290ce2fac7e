using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Media;

/// <summary>
/// Short-lived signed links for the public (issue 6 point 6): the media id and an expiry, encrypted and
/// authenticated with ASP.NET Core Data Protection (keys shared by every host through the database) under a
/// purpose of their own. The expiry is checked against the app's <see cref="TimeProvider"/> rather than with
/// <c>ITimeLimitedDataProtector</c>, which reads the system clock, so that the controlled clock governs links too.
/// </summary>
public sealed class MediaLinks(IDataProtectionProvider provider, TimeProvider clock, IOptions<MediaOptions> options)
{
    public const string PublicPath = "/media";

    private readonly IDataProtector _protector = provider.CreateProtector("LaiChau.Media.PublicLink.v1");

    public (string Url, DateTimeOffset ExpiresAt) Create(Guid mediaId)
    {
        var expiresAt = clock.GetUtcNow() + options.Value.PublicLinkLifetime;
        var payload = $"{mediaId:N}|{expiresAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
        var token = WebEncoders.Base64UrlEncode(_protector.Protect(System.Text.Encoding.UTF8.GetBytes(payload)));
        return ($"{PublicPath}/{token}", expiresAt);
    }

    /// <summary>The media id of a link, or why it cannot be used.</summary>
    public LinkCheck Read(string token)
    {
        string payload;
        try
        {
            payload = System.Text.Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return new LinkCheck(null, Expired: false);
        }

        var parts = payload.Split('|');
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var id)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return new LinkCheck(null, Expired: false);
        }

        return clock.GetUtcNow().UtcTicks >= ticks ? new LinkCheck(null, Expired: true) : new LinkCheck(id, Expired: false);
    }
}

public sealed record LinkCheck(Guid? MediaId, bool Expired);
