using PdfSharp.Drawing;

namespace LaiChau.Reporting.Layout;

/// <summary>Draws a <see cref="Table"/> row by row; a row never splits, and the header rows repeat after a page break.</summary>
public static class TableRenderer
{
    public static void Add(this DocumentBuilder builder, Table table)
    {
        var total = table.ColumnWidths.Sum();
        var widths = table.ColumnWidths.Select(w => w / total * builder.Settings.ContentWidth).ToArray();
        var headerHeight = table.HeaderRows.Sum(row => RowHeight(builder, table, widths, row, header: true));

        var first = table.Rows.Count > 0 ? RowHeight(builder, table, widths, table.Rows[0], header: false) : 0;
        builder.EnsureSpace(headerHeight + first);
        DrawHeader(builder, table, widths);
        foreach (var row in table.Rows)
        {
            var height = RowHeight(builder, table, widths, row, header: false);
            if (builder.Y + height > builder.Settings.Bottom)
            {
                builder.NewPage();
                DrawHeader(builder, table, widths);
            }

            DrawRow(builder, table, widths, row, height, header: false);
        }

        builder.Space(6);
    }

    private static void DrawHeader(DocumentBuilder builder, Table table, double[] widths)
    {
        foreach (var row in table.HeaderRows)
        {
            DrawRow(builder, table, widths, row, RowHeight(builder, table, widths, row, header: true), header: true);
        }
    }

    private static double RowHeight(DocumentBuilder builder, Table table, double[] widths, IReadOnlyList<string> row, bool header) =>
        widths.Select((width, i) => builder.Height(Cell(table, row, i, header), width - 2 * table.Padding)).DefaultIfEmpty(0).Max()
            + 2 * table.Padding;

    private static void DrawRow(DocumentBuilder builder, Table table, double[] widths, IReadOnlyList<string> row, double height, bool header)
    {
        var pen = new XPen(XColors.Black, 0.5);
        var x = builder.Settings.Left;
        for (var i = 0; i < widths.Length; i++)
        {
            builder.Graphics.DrawRectangle(pen, x, builder.Y, widths[i], height);
            builder.DrawAt(Cell(table, row, i, header), x + table.Padding, builder.Y + table.Padding, widths[i] - 2 * table.Padding);
            x += widths[i];
        }

        builder.Y += height;
    }

    private static Paragraph Cell(Table table, IReadOnlyList<string> row, int column, bool header) =>
        new([new Run(column < row.Count ? row[column] : "", header ? TextStyle.Bold : TextStyle.Regular)])
        {
            FontSize = table.FontSize,
            LineSpacing = 1.15,
            SpaceAfter = 0,
            Alignment = header ? Alignment.Center : column < table.Alignments.Count ? table.Alignments[column] : Alignment.Left,
        };
}
