using System.Globalization;
using System.Security.Cryptography;

namespace LaiChau.Testing;

/// <summary>
/// The code an authenticator app shows (RFC 6238 with the apps' defaults: SHA-1, 30 s, 6 digits), at real time:
/// Identity's token providers read the system clock, not the app's TimeProvider.
/// </summary>
public static class AuthenticatorCodes
{
    public static string Now(string base32Key)
    {
        var now = TimeProvider.System.GetUtcNow();
        var counter = BitConverter.GetBytes(now.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(Base32(base32Key.Replace(" ", "", StringComparison.Ordinal)), counter);
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
