using LaiChau.Host.Reports.Data;

namespace LaiChau.Host.Web.Citizens;

/// <summary>What citizens read about a report: its state and the steps of its handling in plain Vietnamese (the keys of the English texts).</summary>
public static class CitizenWords
{
    public static string State(ReportState state) => state switch
    {
        ReportState.Received => "Đã tiếp nhận, đang chờ xác minh",
        ReportState.InProgress => "Đang xử lý",
        ReportState.Coordinating => "Đang lấy ý kiến cơ quan phối hợp",
        ReportState.Transferred => "Đã chuyển đến cơ quan có thẩm quyền",
        ReportState.Escalated => "Đã báo cáo UBND tỉnh để phân công cơ quan xử lý",
        ReportState.Rejected => "Không được tiếp nhận xử lý",
        ReportState.Resolved => "Đã có kết quả xử lý",
        ReportState.Closed => "Đã kết thúc",
        ReportState.Merged => "Trùng với phản ánh đã có, được gộp để giải quyết cùng",
        _ => "Đang xử lý",
    };

    /// <summary>
    /// The <c>zeebe:property</c> of a process step whose value is what citizens read once that step is done (e.g.
    /// "Đã xác minh phản ánh"); steps without it are not shown to them (docs/bpmn-subset.md).
    /// </summary>
    public const string StepProperty = "citizen-step";

    /// <summary>A notice sent to the reporter (the audit's detail is the notice kind).</summary>
    public static string? Notice(string? kind) => kind switch
    {
        "receipt" => "Đã gửi thông báo tiếp nhận",
        "rejection" => "Đã gửi thông báo không tiếp nhận xử lý",
        "transfer" => "Đã thông báo chuyển cơ quan giải quyết",
        "still-handling" => "Đã thông báo phản ánh đang tiếp tục được giải quyết",
        "result" => "Đã gửi thông báo kết quả xử lý",
        "rate-request" => "Đã mời đánh giá kết quả",
        "clarification" => "Đã gửi nội dung giải trình",
        "merged" => "Đã thông báo gộp vào phản ánh gốc",
        _ => null,
    };
}
