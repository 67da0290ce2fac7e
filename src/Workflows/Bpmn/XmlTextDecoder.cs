using System.Text;
using System.Text.RegularExpressions;

namespace LaiChau.Workflows.Bpmn;

/// <summary>
/// Decodes the bytes of an XML file as XML does: a byte-order mark first, then the encoding named in the
/// XML declaration, else UTF-8. An encoding .NET does not know is an error, not a guess.
/// </summary>
internal static partial class XmlTextDecoder
{
    public static string? Decode(byte[] bytes, int length, out string? unknownEncoding)
    {
        unknownEncoding = null;
        var declared = Declaration().Match(Encoding.ASCII.GetString(bytes, 0, Math.Min(length, 200)));
        var encoding = Encoding.UTF8;
        if (declared.Success)
        {
            try
            {
                encoding = Encoding.GetEncoding(declared.Groups["name"].Value);
            }
            catch (ArgumentException)
            {
                unknownEncoding = declared.Groups["name"].Value;
                return null;
            }
        }

        using var reader = new StreamReader(new MemoryStream(bytes, 0, length), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    // At most 200 characters and no nested quantifier: the bound only guards against a regression, so it is generous
    // enough not to fire on a busy machine (a 100 ms bound did, under a test run's load).
    [GeneratedRegex("""^\s*<\?xml[^>]*\bencoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)["']""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Declaration();
}
