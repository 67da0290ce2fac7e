using System.Security.Cryptography;
using System.Text;
using LaiChau.Host.Reports.Letters;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Tracking;

/// <summary>
/// The reporter's secret tracking link (R8): <c>/tra-cuu/{code}?k=…</c>, where the secret is the report code sealed
/// with the app's Data Protection keys (authenticated encryption with an HMAC, so it cannot be made without the server
/// key; old keys stay in the key ring, so a link keeps working). Checking unseals it and compares the code in constant
/// time. With the code alone a page shows only what is public; with the secret, the reporter's own view.
/// The address is <c>Reports:Letters:PublicBaseUrl</c>, else the first address this app listens on (development).
/// </summary>
public sealed class TrackingLinks(IDataProtectionProvider provider, IOptions<LetterOptions> letters, IServer server)
{
    public const string Path = "/tra-cuu";

    private readonly IDataProtector _protector = provider.CreateProtector("LaiChau.Reports.TrackingLink.v1");

    public string Secret(string code) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(code)));

    public bool Verify(string code, string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 512)
        {
            return false;
        }

        byte[] sealedCode;
        try
        {
            sealedCode = _protector.Unprotect(WebEncoders.Base64UrlDecode(secret));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(sealedCode, Encoding.UTF8.GetBytes(code));
    }

    /// <summary>The page of the report with its secret, relative to the site.</summary>
    public string RelativeUrl(string code) => $"{Path}/{Uri.EscapeDataString(code)}?k={Secret(code)}";

    /// <summary>The full link for e-mails, or null when the app knows no address of its own.</summary>
    public string? Url(string code) => BaseUrl() is { } root ? new Uri(root, RelativeUrl(code).TrimStart('/')).ToString() : null;

    /// <summary>The staff case page of a report (no secret: staff sign in), for urgent alerts (R2.2); null without an address.</summary>
    public string? StaffCaseUrl(string code) =>
        BaseUrl() is { } root ? new Uri(root, $"{Web.WebPaths.Inbox.TrimStart('/')}/ho-so/{Uri.EscapeDataString(code)}").ToString() : null;

    private Uri? BaseUrl()
    {
        if (letters.Value.PublicBaseUrl is { } configured)
        {
            return configured.AbsoluteUri.EndsWith('/') ? configured : new Uri(configured.AbsoluteUri + "/");
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return address is not null && Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).TrimEnd('/') + "/",
            UriKind.Absolute, out var uri) ? uri : null;
    }
}
