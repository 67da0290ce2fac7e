namespace LaiChau.Host.Mail;

/// <summary>The shipped Vietnamese notices (R7.2, R7.3, R7.5, R7.1 step 5, R8.2).</summary>
internal static class DefaultNoticeTexts
{
    private const string Signature = """

        Trân trọng,
        Hệ thống tiếp nhận và giải quyết phản ánh hiện trường tỉnh Lai Châu
        (Thư này được gửi tự động, vui lòng không trả lời thư.)
        """;

    public static (string Subject, string Text) Of(NoticeKind kind) => kind switch
    {
        NoticeKind.Receipt => ("Đã tiếp nhận phản ánh {{ ReportCode }}", """
            Kính gửi {{ ReporterName }},

            Phản ánh của Ông/Bà đã được tiếp nhận lúc {{ ReceivedAt }} với mã số {{ ReportCode }}.
            {% if AgencyName %}Cơ quan chủ trì giải quyết: {{ AgencyName }}.{% endif %}
            {% if DueAt %}Thời hạn giải quyết: trước {{ DueAt }}.{% endif %}
            {% if TrackingUrl %}Theo dõi tiến độ: {{ TrackingUrl }}{% endif %}
            {% if OriginalCode %}
            Phản ánh tương tự mã số {{ OriginalCode }} tại địa điểm này đã được giải quyết gần đây, kết quả: {{ Result }}
            Phản ánh của Ông/Bà vẫn được tiếp nhận và xem xét giải quyết.{% endif %}
            """ + Signature),
        NoticeKind.Merged => ("Phản ánh {{ ReportCode }} được gộp vào phản ánh {{ OriginalCode }}", """
            Kính gửi {{ ReporterName }},

            Phản ánh mã số {{ ReportCode }} của Ông/Bà có cùng nội dung với phản ánh mã số {{ OriginalCode }} đang được giải quyết,
            nên được gộp để giải quyết cùng phản ánh đó.
            {% if Reason %}Ghi chú của cán bộ: {{ Reason }}{% endif %}
            Từ nay Ông/Bà sẽ nhận các thông báo của phản ánh {{ OriginalCode }}, kể cả kết quả giải quyết.
            {% if TrackingUrl %}Theo dõi: {{ TrackingUrl }}{% endif %}
            """ + Signature),
        NoticeKind.UrgentAlert => ("KHẨN: phản ánh {{ ReportCode }} chưa có người nhận xử lý", """
            Kính gửi {{ ReporterName }},

            Phản ánh khẩn mã số {{ ReportCode }}, tiếp nhận lúc {{ ReceivedAt }}, giao {{ AgencyName }} chủ trì, chưa có người nhận xử lý (R2.2).
            {% if DueAt %}Hạn giải quyết: {{ DueAt }}.{% endif %}
            {% if TrackingUrl %}Nhận xử lý ngay: {{ TrackingUrl }}{% endif %}
            Cảnh báo này được nhắc lại mỗi giờ cho đến khi có người nhận xử lý.
            """ + Signature),
        NoticeKind.Rejection => ("Phản ánh {{ ReportCode }} không được tiếp nhận giải quyết", """
            Kính gửi {{ ReporterName }},

            Phản ánh mã số {{ ReportCode }} gửi lúc {{ ReceivedAt }} không được tiếp nhận giải quyết.
            Lý do: {{ Reason }}
            {% if Guidance %}Hướng dẫn gửi lại phản ánh: {{ Guidance }}{% endif %}
            """ + Signature),
        NoticeKind.Transfer => ("Phản ánh {{ ReportCode }} đã được chuyển cơ quan giải quyết", """
            Kính gửi {{ ReporterName }},

            Phản ánh mã số {{ ReportCode }} đã được chuyển đến {{ AgencyName }} để giải quyết theo thẩm quyền.
            {% if Reason %}Lý do: {{ Reason }}{% endif %}
            """ + Signature),
        NoticeKind.StillHandling => ("Phản ánh {{ ReportCode }} đang được giải quyết", """
            Kính gửi {{ ReporterName }},

            Phản ánh mã số {{ ReportCode }} gửi lúc {{ ReceivedAt }} đang được {{ AgencyName }} tiếp tục xem xét, giải quyết.
            Kết quả sẽ được thông báo đến Ông/Bà ngay khi có.
            """ + Signature),
        NoticeKind.Result => ("Kết quả giải quyết phản ánh {{ ReportCode }}", """
            Kính gửi {{ ReporterName }},

            {{ AgencyName }} thông báo kết quả giải quyết phản ánh mã số {{ ReportCode }}:
            {{ Result }}
            {% if TrackingUrl %}Xem chi tiết và đánh giá: {{ TrackingUrl }}{% endif %}
            """ + Signature),
        NoticeKind.Clarification => ("Giải trình về kết quả giải quyết phản ánh {{ ReportCode }}", """
            Kính gửi {{ ReporterName }},

            {{ AgencyName }} trả lời đề nghị giải trình của Ông/Bà về phản ánh mã số {{ ReportCode }}:
            {{ Answer }}
            """ + Signature),
        NoticeKind.Extension => ("Thời hạn giải quyết phản ánh {{ ReportCode }} được gia hạn", """
            Kính gửi {{ ReporterName }},

            Thời hạn giải quyết phản ánh mã số {{ ReportCode }} của Ông/Bà được gia hạn{% if DueAt %} đến {{ DueAt }}{% endif %}.
            {% if Reason %}Lý do: {{ Reason }}{% endif %}
            {% if TrackingUrl %}Theo dõi tiến độ: {{ TrackingUrl }}{% endif %}
            """ + Signature),
        _ => ("Mời đánh giá kết quả giải quyết phản ánh {{ ReportCode }}", """
            Kính gửi {{ ReporterName }},

            Mời Ông/Bà đánh giá kết quả giải quyết phản ánh mã số {{ ReportCode }}: Hài lòng, Chấp nhận được hoặc Không hài lòng.
            {% if TrackingUrl %}Đánh giá tại: {{ TrackingUrl }}{% endif %}
            """ + Signature),
    };
}
