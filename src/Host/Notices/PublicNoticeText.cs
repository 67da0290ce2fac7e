using LaiChau.Host.Mail;
using LaiChau.Host.Reports.Data;

namespace LaiChau.Host.Notices;

/// <summary>
/// Issue 17 point 2: what of a notice anyone may read by the code alone (tracking page, Open311 <c>status_notes</c>):
/// the rejection reason and guidance (R7.2), the still-handling notice (R7.3), the result of a public report (R7.1
/// step 5). Nothing of a confidential (R7.1a) or state-secret (R7.1b) report, nothing that names the reporter.
/// </summary>
public static class PublicNoticeText
{
    public static string? Of(NoticeKind kind, ReportRow report, NoticeModel model)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(model);
        if (report.Confidential || report.StateSecret)
        {
            return null;
        }

        return kind switch
        {
            NoticeKind.Rejection => Join($"Không được tiếp nhận giải quyết. Lý do: {model.Reason}", model.Guidance is { } g ? $"Hướng dẫn gửi lại: {g}" : null),
            NoticeKind.StillHandling => $"{model.AgencyName} đang tiếp tục xem xét, giải quyết; kết quả sẽ được thông báo ngay khi có.",
            NoticeKind.Result when model.Result is { } result => $"Kết quả giải quyết của {model.AgencyName}: {result}",
            _ => null,
        };
    }

    private static string Join(string first, string? second) => second is null ? first : $"{first} {second}";
}
