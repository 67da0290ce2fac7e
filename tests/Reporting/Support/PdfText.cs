using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace LaiChau.Reporting.Tests.Support;

/// <summary>A PDF read back with PdfPig: words per page, joined by single spaces, for whole-word assertions.</summary>
internal sealed partial class PdfText : IDisposable
{
    private readonly PdfDocument _document;

    public PdfText(byte[] pdf) => _document = PdfDocument.Open(pdf);

    public int PageCount => _document.NumberOfPages;

    public Page Page(int number) => _document.GetPage(number);

    public IEnumerable<Page> Pages => _document.GetPages();

    /// <summary>The page's words in reading order, separated by one space, so "Độc lập" matches only whole words.</summary>
    public string Words(int page) => " " + string.Join(' ', Page(page).GetWords().Select(w => w.Text)) + " ";

    public string AllWords() => string.Concat(Enumerable.Range(1, PageCount).Select(Words));

    /// <summary>Asserts the phrase appears as whole words (bounded by spaces) somewhere in the document.</summary>
    public void AssertHasPhrase(string phrase)
    {
        var all = WhiteSpace().Replace(AllWords(), " ");
        Assert.True(all.Contains(" " + phrase + " ", StringComparison.Ordinal), $"'{phrase}' not found as whole words in:\n{all}");
    }

    public void Dispose() => _document.Dispose();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
