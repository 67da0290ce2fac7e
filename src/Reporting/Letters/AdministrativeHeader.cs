using LaiChau.Reporting.Layout;

namespace LaiChau.Reporting.Letters;

/// <summary>
/// The two-column head of a Decree 30 document: issuing body and number on the left, the national title, motto and
/// place-date line on the right; then the document's title and subject.
/// </summary>
internal static class AdministrativeHeader
{
    private const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";
    private const double LeftShare = 0.4;

    public static void Add(DocumentBuilder builder, LetterHeader header, string title, string subject)
    {
        var s = builder.Settings;
        var leftWidth = s.ContentWidth * LeftShare;
        var rightX = s.Left + leftWidth;
        var rightWidth = s.ContentWidth - leftWidth;
        var top = builder.Y;

        var y = builder.DrawAt(Paragraph.Centered(header.ParentBody.ToUpperInvariant(), TextStyle.Regular, 12), s.Left, top, leftWidth);
        y = builder.DrawAt(Paragraph.Centered(header.IssuingBody.ToUpperInvariant(), TextStyle.Bold, 12), s.Left, y, leftWidth);
        // Decree 30: a short rule (a third to half of the line above) under the issuing body.
        builder.Rule(s.Left + leftWidth / 2, y + 2, leftWidth / 3);
        var leftBottom = y + 2;

        y = builder.DrawAt(Paragraph.Centered(NationalTitle, TextStyle.Bold, 12), rightX, top, rightWidth);
        y = builder.DrawAt(Paragraph.Centered(Motto, TextStyle.Bold, 13), rightX, y, rightWidth);
        builder.Rule(rightX + rightWidth / 2, y + 2, builder.Measure(Motto, TextStyle.Bold, 13));
        var rightBottom = y + 2;

        var row = Math.Max(leftBottom, rightBottom) + 8;
        builder.DrawAt(Paragraph.Centered(header.Number, TextStyle.Regular, 13), s.Left, row, leftWidth);
        var bottom = builder.DrawAt(
            Paragraph.Centered(VietnameseDate.PlaceAndDate(header.Place, header.Date), TextStyle.Italic, 13), rightX, row, rightWidth);

        builder.Y = bottom + 18;
        builder.Add(Paragraph.Centered(title.ToUpperInvariant(), TextStyle.Bold, 14));
        builder.Add(Paragraph.Centered(subject, TextStyle.Bold, 13));
        builder.Rule(s.Left + s.ContentWidth / 2, builder.Y + 4, 60);
        builder.Space(14);
    }
}
