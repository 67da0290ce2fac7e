namespace LaiChau.Host.Mail;

/// <summary>
/// The shipped SMS of each kind (issue 17): at most two UCS-2 parts (134 characters) including the secret tracking
/// link, where the full notice is. No name and no content beyond the code: an SMS is read on a lock screen (R5.5).
/// </summary>
internal static class DefaultSmsTexts
{
    public static string Of(NoticeKind kind) => kind switch
    {
        NoticeKind.Receipt => "{% if OriginalCode %}Đã nhận phản ánh {{ ReportCode }}; việc tương tự {{ OriginalCode }} đã có kết quả: {{ TrackingUrl }}{% else %}Đã tiếp nhận phản ánh {{ ReportCode }}{% if DueAt %}, hạn giải quyết {{ DueAt }}{% endif %}. Theo dõi: {{ TrackingUrl }}{% endif %}",
        NoticeKind.UrgentAlert => "KHẨN: phản ánh {{ ReportCode }} chưa có người nhận xử lý. Xem: {{ TrackingUrl }}",
        NoticeKind.Merged => "Phản ánh {{ ReportCode }} trùng với {{ OriginalCode }}, được gộp để giải quyết cùng. Xem: {{ TrackingUrl }}",
        NoticeKind.Rejection => "Phản ánh {{ ReportCode }} không được tiếp nhận giải quyết. Lý do, hướng dẫn: {{ TrackingUrl }}",
        NoticeKind.Transfer => "Phản ánh {{ ReportCode }} đã được chuyển cơ quan giải quyết. Theo dõi: {{ TrackingUrl }}",
        NoticeKind.StillHandling => "Phản ánh {{ ReportCode }} đang được tiếp tục giải quyết. Theo dõi: {{ TrackingUrl }}",
        NoticeKind.Result => "Đã có kết quả giải quyết phản ánh {{ ReportCode }}. Xem và đánh giá: {{ TrackingUrl }}",
        NoticeKind.Extension => "Thời hạn giải quyết phản ánh {{ ReportCode }} được gia hạn{% if DueAt %} đến {{ DueAt }}{% endif %}. Xem: {{ TrackingUrl }}",
        NoticeKind.Clarification => "Đã có trả lời đề nghị giải trình về phản ánh {{ ReportCode }}. Xem: {{ TrackingUrl }}",
        _ => "Mời đánh giá kết quả giải quyết phản ánh {{ ReportCode }}: {{ TrackingUrl }}",
    };
}
