namespace LaiChau.Host.Reports.Data;

/// <summary>The detailed state in words (Open311 <c>status_notes</c>), in Vietnamese, per <see cref="ReportState"/>.</summary>
public static class ReportStatusNotes
{
    public const string Received = "Đã tiếp nhận, đang chờ xác minh.";

    public static string Of(ReportState state, string leadAgencyName) => state switch
    {
        ReportState.Received => Received,
        ReportState.InProgress => $"Đang xử lý tại {leadAgencyName}.",
        ReportState.Coordinating => $"{leadAgencyName} đang lấy ý kiến cơ quan phối hợp.",
        ReportState.Transferred => $"Đã chuyển đến {leadAgencyName} để xử lý.",
        ReportState.Escalated => "Đã báo cáo UBND tỉnh để phân công cơ quan xử lý.",
        ReportState.Rejected => "Phản ánh không được xử lý (xem lý do trong thông báo).",
        ReportState.Resolved => $"Đã có kết quả xử lý của {leadAgencyName}.",
        ReportState.Closed => "Đã kết thúc.",
        ReportState.Merged => "Trùng với một phản ánh đã có; được gộp để giải quyết cùng phản ánh đó.",
        _ => state.ToString(),
    };

    /// <summary>Open311 knows only open and closed; rejected, resolved, closed and merged (R5.7) reports are closed.</summary>
    public static bool IsClosed(ReportState state) => state is ReportState.Rejected or ReportState.Resolved or ReportState.Closed or ReportState.Merged;
}
