using PdfSharp.Drawing;

namespace LaiChau.Reporting.Layout;

/// <summary>Draws one broken line: aligned, or justified by widening the gaps between words.</summary>
internal static class LineRenderer
{
    public static void Draw(DocumentBuilder builder, TextLine line, Paragraph paragraph, double x, double top, double width)
    {
        var size = paragraph.FontSize;
        var space = builder.Measure(" ", TextStyle.Regular, size);
        var indent = line.IsFirst ? paragraph.FirstLineIndent : 0;
        var available = width - indent;
        var natural = line.Words.Sum(w => w.Width) + space * (line.Words.Count - 1);
        var extra = 0.0;
        var start = x + indent;
        switch (paragraph.Alignment)
        {
            case Alignment.Center:
                start += (available - natural) / 2;
                break;
            case Alignment.Right:
                start += available - natural;
                break;
            case Alignment.Justify when !line.IsLast && line.Words.Count > 1:
                extra = (available - natural) / (line.Words.Count - 1);
                break;
        }

        var regular = builder.Font(TextStyle.Regular, size);
        var baseline = top + (paragraph.LineHeight - size) / 2 + Typefaces.Ascent(regular);
        var cursor = start;
        for (var i = 0; i < line.Words.Count; i++)
        {
            var fragments = line.Words[i].Fragments;
            for (var j = 0; j < fragments.Count; j++)
            {
                // A real space glyph after each word keeps the words apart for text extraction and screen readers.
                var text = j == fragments.Count - 1 && i < line.Words.Count - 1 ? fragments[j].Text + " " : fragments[j].Text;
                builder.Graphics.DrawString(text, builder.Font(fragments[j].Style, size), XBrushes.Black, cursor, baseline,
                    XStringFormats.BaseLineLeft);
                cursor += fragments[j].Width;
            }

            cursor += space + extra;
        }
    }
}
