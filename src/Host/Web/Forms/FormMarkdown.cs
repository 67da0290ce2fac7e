using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace LaiChau.Host.Web.Forms;

/// <summary>
/// The markdown of a form's text component, in the small safe part the shipped forms need: paragraphs, line breaks,
/// <c>**bold**</c>, <c>*italic*</c>, lists (<c>- </c>), headings (<c>#</c>), and links to http(s) addresses. Everything
/// is HTML-encoded first, so a form can never inject markup or script into a staff page.
/// </summary>
public static partial class FormMarkdown
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        var inList = false;
        foreach (var block in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            foreach (var line in block.Split('\n').Where(l => l.Trim().Length > 0).Select(l => l.TrimEnd()))
            {
                if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal) || line.TrimStart().StartsWith("* ", StringComparison.Ordinal))
                {
                    html.Append(inList ? "" : "<ul>").Append("<li>").Append(Inline(line.TrimStart()[2..])).Append("</li>");
                    inList = true;
                    continue;
                }

                html.Append(inList ? "</ul>" : "");
                inList = false;
                var level = line.TakeWhile(ch => ch == '#').Count();
                html.Append(level is > 0 and <= 3 && line.Length > level && line[level] == ' '
                    ? $"<h{level + 2}>{Inline(line[(level + 1)..])}</h{level + 2}>"
                    : $"<p>{Inline(line)}</p>");
            }

            html.Append(inList ? "</ul>" : "");
            inList = false;
        }

        return html.ToString();
    }

    private static string Inline(string text)
    {
        var encoded = FormHtml.Encoder.Encode(text);
        encoded = Link().Replace(encoded, m => $"<a href=\"{m.Groups[2].Value}\" rel=\"noopener noreferrer\">{m.Groups[1].Value}</a>");
        encoded = Bold().Replace(encoded, "<strong>$1</strong>");
        return Italic().Replace(encoded, "<em>$1</em>");
    }

    [GeneratedRegex(@"\[([^\]]+)\]\((https?://[^\s()""<>]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<!\*)\*(?!\s)(.+?)(?<!\s)\*(?!\*)")]
    private static partial Regex Italic();
}
