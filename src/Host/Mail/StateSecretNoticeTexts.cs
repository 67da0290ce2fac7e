namespace LaiChau.Host.Mail;

/// <summary>
/// R7.1b: a notice about a state-secret report carries no content — no reason, result or answer, no letter attached —
/// only that an answer exists and where to obtain it. Fixed texts: an administrator's edit must not be able to add content.
/// </summary>
internal static class StateSecretNoticeTexts
{
    public const string Sms = "Đã có thông báo về phản ánh {{ ReportCode }}. Vui lòng nhận văn bản trực tiếp tại cơ quan giải quyết. {{ TrackingUrl }}";

    public const string Subject = "Thông báo về phản ánh {{ ReportCode }}";

    public const string Text = """
        Kính gửi {{ ReporterName }},

        Đã có thông báo của cơ quan giải quyết về phản ánh mã số {{ ReportCode }}.
        Theo quy định về bảo vệ bí mật nhà nước, nội dung không được gửi qua thư điện tử hoặc tin nhắn.
        Ông/Bà vui lòng liên hệ trực tiếp {% if AgencyName %}{{ AgencyName }}{% else %}cơ quan giải quyết{% endif %} để nhận văn bản trả lời.

        Trân trọng,
        Hệ thống tiếp nhận và giải quyết phản ánh hiện trường tỉnh Lai Châu
        (Thư này được gửi tự động, vui lòng không trả lời thư.)
        """;
}
