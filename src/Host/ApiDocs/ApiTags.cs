namespace LaiChau.Host.ApiDocs;

/// <summary>The document's tags, one per feature, each described in English and Vietnamese.</summary>
public static class ApiTags
{
    public const string ApiKeys = "API keys";
    public const string Users = "Staff accounts";
    public const string Calendar = "Calendar";
    public const string ReferenceData = "Reference data";
    public const string Open311 = "Open311";
    public const string Reports = "Reports";
    public const string Media = "Media";
    public const string Feedback = "Feedback";
    public const string Notices = "Notice templates";
    public const string Definitions = "Definitions";
    public const string Instances = "Instances";
    public const string Tasks = "Tasks";
    public const string Jobs = "Jobs";
    public const string Messages = "Messages";
    public const string Incidents = "Incidents";
    public const string Designer = "Designer";

    public static readonly IReadOnlyList<(string Name, string English, string Vietnamese)> All =
    [
        (ApiKeys, "Keys of machine clients and staff (`X-Api-Key`).", "Khoá API của ứng dụng và cán bộ."),
        (Users, "Staff accounts of the web UI.", "Tài khoản cán bộ của giao diện web."),
        (Calendar, "Working days, days off and deadlines.", "Ngày làm việc, ngày nghỉ và hạn xử lý."),
        (ReferenceData, "Administrative units, agencies and report categories.", "Đơn vị hành chính, cơ quan xử lý và lĩnh vực phản ánh."),
        (Open311, "Open311 GeoReport v2: services and reports of citizens' apps; errors in Vietnamese.",
            "Open311 GeoReport v2: dịch vụ và phản ánh từ ứng dụng của người dân; lỗi bằng tiếng Việt."),
        (Reports, "Staff's view of reports: lists, details, hiding, rerouting, letters, monthly reports.",
            "Phản ánh dành cho cán bộ: danh sách, chi tiết, ẩn, chuyển xử lý, văn bản trả lời, báo cáo tháng."),
        (Media, "Photos and videos of reports.", "Ảnh và video của phản ánh."),
        (Feedback, "The reporter's reply, rating or refusal of the answer, through client apps.",
            "Ý kiến, đánh giá hoặc không đồng ý của người phản ánh, qua ứng dụng."),
        (Notices, "The notices' Liquid texts.", "Nội dung thông báo (mẫu Liquid)."),
        (Definitions, "BPMN process definitions and Camunda Forms, deployed together.", "Quy trình BPMN và biểu mẫu, xuất bản cùng nhau."),
        (Instances, "Running and finished process instances.", "Các phiên bản quy trình đang chạy và đã kết thúc."),
        (Tasks, "Human tasks: the inbox, claiming, completing with the task's form.", "Công việc của cán bộ: hộp việc, nhận việc, hoàn thành theo biểu mẫu."),
        (Jobs, "External job workers: fetch-and-lock, then report.", "Bộ xử lý bên ngoài: nhận việc rồi báo kết quả."),
        (Messages, "Messages correlated to waiting instances.", "Thông điệp gửi đến các quy trình đang chờ."),
        (Incidents, "What is stuck and why; retry.", "Sự cố của quy trình và thử lại."),
        (Designer, "The web designer's own calls.", "Các lệnh riêng của trình thiết kế."),
    ];
}
