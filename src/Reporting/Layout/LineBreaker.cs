using System.Text;

namespace LaiChau.Reporting.Layout;

/// <summary>Greedy word wrapping; a word wider than the line is cut between characters rather than overflowing.</summary>
internal static class LineBreaker
{
    public delegate double Measure(string text, TextStyle style);

    public static IReadOnlyList<TextLine> Break(Paragraph paragraph, double width, Measure measure)
    {
        var space = measure(" ", TextStyle.Regular);
        var lines = new List<TextLine>();
        var current = new List<Word>();
        var currentWidth = 0.0;
        var available = width - paragraph.FirstLineIndent;

        foreach (var word in Words(paragraph, measure).SelectMany(w => Fit(w, width, measure)))
        {
            if (current.Count > 0 && currentWidth + space + word.Width > available)
            {
                lines.Add(new TextLine(current, lines.Count == 0, IsLast: false));
                current = [];
                available = width;
            }

            currentWidth = current.Count == 0 ? word.Width : currentWidth + space + word.Width;
            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(new TextLine(current, lines.Count == 0, IsLast: true));
        }

        return lines;
    }

    private static List<Word> Words(Paragraph paragraph, Measure measure)
    {
        var words = new List<List<Fragment>>();
        List<Fragment>? word = null;
        foreach (var run in paragraph.Runs)
        {
            // NFC: a decomposed vowel plus combining marks would be drawn as separate, misplaced glyphs.
            var parts = run.Text.Normalize(NormalizationForm.FormC).Replace('\n', ' ').Replace('\t', ' ').Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    word = null;
                }

                if (parts[i].Length == 0)
                {
                    continue;
                }

                if (word is null)
                {
                    word = [];
                    words.Add(word);
                }

                word.Add(new Fragment(parts[i], run.Style, measure(parts[i], run.Style)));
            }
        }

        return words.ConvertAll(fragments => new Word(fragments));
    }

    private static IEnumerable<Word> Fit(Word word, double width, Measure measure)
    {
        if (word.Width <= width)
        {
            yield return word;
            yield break;
        }

        var pieces = new List<Fragment>();
        var used = 0.0;
        foreach (var fragment in word.Fragments)
        {
            var start = 0;
            for (var end = 1; end <= fragment.Text.Length; end++)
            {
                var piece = fragment.Text[start..end];
                var pieceWidth = measure(piece, fragment.Style);
                if (used + pieceWidth > width && end - start > 1)
                {
                    var done = fragment.Text[start..(end - 1)];
                    pieces.Add(new Fragment(done, fragment.Style, measure(done, fragment.Style)));
                    yield return new Word(pieces);
                    pieces = [];
                    used = 0;
                    start = end - 1;
                }
            }

            var rest = fragment.Text[start..];
            var restWidth = measure(rest, fragment.Style);
            pieces.Add(new Fragment(rest, fragment.Style, restWidth));
            used += restWidth;
        }

        yield return new Word(pieces);
    }
}
