using LaiChau.Reporting.Layout;

namespace LaiChau.Reporting.Letters;

/// <summary>Renders a <see cref="RejectionNotice"/> as a Decree 30 document (R7.2).</summary>
public static class RejectionNoticeDocument
{
    public static byte[] Render(RejectionNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        using var builder = new DocumentBuilder($"Phản ánh {notice.ReportCode} không được xử lý", notice.Header.Date);
        AdministrativeHeader.Add(builder, notice.Header, "Thông báo", $"Về việc không xử lý phản ánh {notice.ReportCode}");

        builder.Add(Paragraph.Body(
            $"Ngày {VietnameseDate.Short(notice.ReceivedOn)}, {notice.Header.IssuingBody} nhận được phản ánh mã số {notice.ReportCode} "
            + $"với nội dung: {notice.Summary}"));
        // R7.2: the answer states why the report will not be handled ...
        builder.Add(LetterText.Labelled("Lý do không xử lý", notice.Reason));
        // ... and tells the reporter how to resubmit it correctly.
        builder.Add(LetterText.Labelled("Để phản ánh được tiếp nhận, đề nghị gửi lại phản ánh như sau", "") with { SpaceAfter = 2 });
        foreach (var step in notice.HowToResubmit)
        {
            builder.Add(LetterText.Item(step));
        }

        builder.Space(4);
        SignatureBlock.Add(builder, notice.Signature);
        return builder.ToBytes();
    }
}
