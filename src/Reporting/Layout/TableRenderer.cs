using PdfSharp.Drawing;

namespace LaiChau.Reporting.Layout;

/// <summary>
/// Draws a <see cref="Table"/> row by row. A row that does not fit starts a new page, with the header rows drawn
/// again; only a row taller than a whole page is split between its lines.
/// </summary>
public static class TableRenderer
{
    public static void Add(this DocumentBuilder builder, Table table)
    {
        var total = table.ColumnWidths.Sum();
        var widths = table.ColumnWidths.Select(w => w / total * builder.Settings.ContentWidth).ToArray();
        var header = table.HeaderRows.Select(row => Cells(builder, table, widths, row, header: true)).ToList();
        var body = table.Rows.Select(row => Cells(builder, table, widths, row, header: false)).ToList();
        var headerHeight = header.Sum(cells => Height(table, cells));

        builder.EnsureSpace(headerHeight + (body.Count > 0 ? Height(table, body[0]) : 0));
        DrawHeader(builder, table, widths, header);
        foreach (var cells in body)
        {
            var pageRoom = builder.Settings.Bottom - builder.Settings.Top - headerHeight;
            if (builder.Y + Height(table, cells) > builder.Settings.Bottom && Height(table, cells) <= pageRoom)
            {
                NextPage(builder, table, widths, header);
            }

            DrawRow(builder, table, widths, cells, header);
        }

        builder.Space(6);
    }

    private static void NextPage(DocumentBuilder builder, Table table, double[] widths, List<Cell[]> header)
    {
        builder.NewPage();
        DrawHeader(builder, table, widths, header);
    }

    private static void DrawHeader(DocumentBuilder builder, Table table, double[] widths, List<Cell[]> header)
    {
        foreach (var cells in header)
        {
            DrawRow(builder, table, widths, cells, header: []);
        }
    }

    /// <summary>Draws the row's lines, continuing on new pages (under the header again) while they do not fit.</summary>
    private static void DrawRow(DocumentBuilder builder, Table table, double[] widths, Cell[] cells, List<Cell[]> header)
    {
        var lineHeight = cells[0].Paragraph.LineHeight;
        var lineCount = cells.Max(c => c.Lines.Count);
        for (var start = 0; ;)
        {
            var room = (int)Math.Floor((builder.Settings.Bottom - builder.Y - 2 * table.Padding) / lineHeight);
            if (room < 1 && start > 0)
            {
                NextPage(builder, table, widths, header);
                continue;
            }

            var count = Math.Max(1, Math.Min(lineCount - start, room));
            var height = count * lineHeight + 2 * table.Padding;
            var pen = new XPen(XColors.Black, 0.5);
            var x = builder.Settings.Left;
            for (var i = 0; i < widths.Length; i++)
            {
                builder.Graphics.DrawRectangle(pen, x, builder.Y, widths[i], height);
                var y = builder.Y + table.Padding;
                foreach (var line in cells[i].Lines.Skip(start).Take(count))
                {
                    LineRenderer.Draw(builder, line, cells[i].Paragraph, x + table.Padding, y, widths[i] - 2 * table.Padding);
                    y += lineHeight;
                }

                x += widths[i];
            }

            builder.Y += height;
            start += count;
            if (start >= lineCount)
            {
                return;
            }

            NextPage(builder, table, widths, header);
        }
    }

    private static double Height(Table table, Cell[] cells) =>
        Math.Max(1, cells.Max(c => c.Lines.Count)) * cells[0].Paragraph.LineHeight + 2 * table.Padding;

    private static Cell[] Cells(DocumentBuilder builder, Table table, double[] widths, IReadOnlyList<string> row, bool header) =>
        [.. widths.Select((width, column) =>
        {
            var paragraph = new Paragraph([new Run(column < row.Count ? row[column] : "", header ? TextStyle.Bold : TextStyle.Regular)])
            {
                FontSize = table.FontSize,
                LineSpacing = 1.15,
                SpaceAfter = 0,
                Alignment = header ? Alignment.Center
                    : column < table.Alignments.Count ? table.Alignments[column] : Alignment.Left,
            };
            return new Cell(paragraph, builder.Break(paragraph, width - 2 * table.Padding));
        })];

    private sealed record Cell(Paragraph Paragraph, IReadOnlyList<TextLine> Lines);
}
