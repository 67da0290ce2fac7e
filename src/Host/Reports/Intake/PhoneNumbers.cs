using System.Text.RegularExpressions;

namespace LaiChau.Host.Reports.Intake;

/// <summary>
/// Vietnamese phone numbers (R5.4), in the national form: mobiles 0[35789] + 8 digits, landlines 02 + 9 digits.
/// Spaces, dots, dashes and brackets are ignored; +84 / 84 become 0.
/// </summary>
public static partial class PhoneNumbers
{
    /// <summary>The national form (e.g. 0912345678), or null when it is not a Vietnamese number.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 30)
        {
            return null;
        }

        var digits = Separators().Replace(text.Trim(), "");
        if (digits.StartsWith("+84", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }
        else if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12)
        {
            digits = "0" + digits[2..];
        }

        return National().IsMatch(digits) ? digits : null;
    }

    [GeneratedRegex(@"[\s.\-()]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(0[35789][0-9]{8}|02[0-9]{9})$", RegexOptions.CultureInvariant)]
    private static partial Regex National();
}
