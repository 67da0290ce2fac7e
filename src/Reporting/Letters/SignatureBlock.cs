using LaiChau.Reporting.Layout;

namespace LaiChau.Reporting.Letters;

/// <summary>"Nơi nhận:" with its list on the left, the signature block on the right, kept together on one page.</summary>
internal static class SignatureBlock
{
    private const double SigningSpace = 60;

    public static void Add(DocumentBuilder builder, Signature signature)
    {
        var s = builder.Settings;
        var leftWidth = s.ContentWidth * 0.45;
        var rightX = s.Left + leftWidth;
        var rightWidth = s.ContentWidth - leftWidth;

        var recipients = new List<Paragraph> { Line("Nơi nhận:", TextStyle.BoldItalic, 12) };
        recipients.AddRange(signature.Recipients.Select(r => Line("- " + r, TextStyle.Regular, 11)));
        var authority = signature.Authority.Select(a => Paragraph.Centered(a.ToUpperInvariant(), TextStyle.Bold, 13)).ToList();
        var name = Paragraph.Centered(signature.SignerName, TextStyle.Bold, 13);

        var leftHeight = recipients.Sum(p => builder.Height(p, leftWidth));
        var rightHeight = authority.Sum(p => builder.Height(p, rightWidth)) + SigningSpace + builder.Height(name, rightWidth);
        builder.Space(6);
        builder.EnsureSpace(Math.Max(leftHeight, rightHeight));

        var top = builder.Y;
        var y = top;
        foreach (var paragraph in recipients)
        {
            y = builder.DrawAt(paragraph, s.Left, y, leftWidth);
        }

        var leftBottom = y;
        y = top;
        foreach (var paragraph in authority)
        {
            y = builder.DrawAt(paragraph, rightX, y, rightWidth);
        }

        y = builder.DrawAt(name, rightX, y + SigningSpace, rightWidth);
        builder.Y = Math.Max(leftBottom, y);
    }

    private static Paragraph Line(string text, TextStyle style, double size) =>
        new([new Run(text, style)]) { FontSize = size, Alignment = Alignment.Left, SpaceAfter = 0, LineSpacing = 1.15 };
}
