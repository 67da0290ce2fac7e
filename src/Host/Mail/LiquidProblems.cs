using System.Text.RegularExpressions;
using LaiChau.Host.Errors;

namespace LaiChau.Host.Mail;

/// <summary>
/// Fluid's parser explains a broken template in English ("Invalid 'if' tag at (1:15)" and the source line): kept as it
/// is for the API, and said in Vietnamese — what is wrong and where — for the administration page.
/// </summary>
public static partial class LiquidProblems
{
    public static BilingualText OfParser(string message)
    {
        var first = message.Split('\n', 2)[0].Trim();
        var at = Position().Match(first);
        var what = at.Success ? first[..at.Index].Trim() : first;
        var where = at.Success ? $" (dòng {at.Groups[1].Value}, cột {at.Groups[2].Value})" : "";
        return new($"{Vietnamese(what)}{where}.", message);
    }

    /// <summary>The template reads but fails on the sample notice (a filter or value it cannot use).</summary>
    public static BilingualText OfRendering(string message) =>
        new("không hiển thị được với một thông báo mẫu (kiểm tra các bộ lọc và tên trường).", message);

    private static string Vietnamese(string what) => what switch
    {
        _ when InvalidTag().Match(what) is { Success: true } m => $"thẻ '{m.Groups[1].Value}' viết chưa đúng",
        _ when UnknownTag().Match(what) is { Success: true } m => $"không có thẻ '{m.Groups[1].Value}'",
        _ when Expected().Match(what) is { Success: true } m => $"thiếu '{m.Groups[1].Value}'",
        _ when what.StartsWith("An identifier was expected", StringComparison.Ordinal) => "thiếu tên (biến, bộ lọc hoặc thẻ)",
        _ when what.StartsWith("A value was expected", StringComparison.Ordinal) => "thiếu giá trị",
        _ => "cú pháp Liquid chưa đúng",
    };

    [GeneratedRegex(@"\sat \((\d+):(\d+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Position();

    [GeneratedRegex(@"^Invalid '([^']+)' tag", RegexOptions.CultureInvariant)]
    private static partial Regex InvalidTag();

    [GeneratedRegex(@"^Unknown tag '([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownTag();

    [GeneratedRegex(@"^(?:End of tag )?'([^']+)' was expected", RegexOptions.CultureInvariant)]
    private static partial Regex Expected();
}
