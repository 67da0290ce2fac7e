using LaiChau.Reporting.Layout;

namespace LaiChau.Reporting.Letters;

/// <summary>Renders a <see cref="ResultLetter"/> as a Decree 30 document (R7.1 step 4).</summary>
public static class ResultLetterDocument
{
    public static byte[] Render(ResultLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var builder = new DocumentBuilder($"Kết quả xử lý phản ánh {letter.ReportCode}", letter.Header.Date);
        AdministrativeHeader.Add(builder, letter.Header, "Thông báo", $"Kết quả xử lý phản ánh {letter.ReportCode}");

        builder.Add(LetterText.Labelled("Mã phản ánh", letter.ReportCode));
        builder.Add(LetterText.Labelled("Ngày tiếp nhận", VietnameseDate.Short(letter.ReceivedOn)));
        builder.Add(LetterText.Labelled("Địa điểm", letter.Place));
        builder.Add(LetterText.Labelled("Nội dung phản ánh", letter.Summary));
        builder.Add(LetterText.Labelled("Kết quả xác minh", letter.Verification));
        builder.Add(LetterText.Labelled("Kết quả xử lý", letter.Result));
        if (letter.Attachments.Count > 0)
        {
            builder.Add(LetterText.Labelled("Tài liệu kèm theo", $"{letter.Attachments.Count} tệp") with { SpaceAfter = 2 });
            foreach (var attachment in letter.Attachments)
            {
                builder.Add(LetterText.Item(attachment));
            }

            builder.Space(4);
        }

        if (letter.Photos.Count > 0)
        {
            PhotoGrid.Add(builder, letter.Photos);
        }

        if (letter.Confidential)
        {
            // R7.1a: the result goes to the reporter only and is never published, so no link and no QR code.
            builder.Add(Paragraph.Body("Phản ánh được bảo mật theo yêu cầu của người phản ánh; kết quả chỉ gửi riêng cho người phản ánh."));
        }
        else if (letter.TrackingLink is { } link)
        {
            QrCodeBlock.Add(builder, link);
        }

        SignatureBlock.Add(builder, letter.Signature);
        return builder.ToBytes();
    }
}
