using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Web.Localization;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Web.Staff;

public sealed record TimelineEntry(DateTimeOffset At, string Text, string? Detail, string Kind);

/// <summary>
/// The case page's timeline (issue 8 point 2): the receipt, the process's own journal read as named steps (tasks
/// given and ended, timers and messages caught — deadlines passed, re-routing, the reporter's answers —, notices,
/// alerts and state changes, incidents), who completed each task, and the staff actions audited outside the process.
/// Names are the definition's own, so an edited definition reads in its own words.
/// </summary>
public static class CaseTimeline
{
    public static async Task<IReadOnlyList<TimelineEntry>> BuildAsync(
        ReportRow report, WorkflowQueries queries, TaskActor actor, AppDbContext db, UiText t, CancellationToken ct)
    {
        var entries = new List<TimelineEntry> { new(report.ReceivedAt, t["Tiếp nhận phản ánh"], null, "receipt") };
        if (report.InstanceId is { } instance)
        {
            entries.AddRange((await queries.GetHistoryAsync(instance, ct)).Select(s => Entry(s, t)).OfType<TimelineEntry>());
            var done = await queries.FindTasksAsync(new TaskQuery(InstanceId: instance, State: UserTaskState.Completed, Limit: 100), actor, ct);
            entries.AddRange(done.Items.Where(x => x.EndedAt is not null)
                .Select(x => new TimelineEntry(x.EndedAt!.Value, t["{0} — {1}", x.Name ?? x.ElementId, x.CompletedBy ?? ""], null, "task-completed")));
        }

        var audit = await db.ReportAudit.AsNoTracking().Where(a => a.ReportCode == report.Code).OrderBy(a => a.Id)
            .Select(a => new { a.At, a.Actor, a.Action, a.Detail }).ToListAsync(ct);
        entries.AddRange(audit.Select(a => new TimelineEntry(a.At, t["{0} — {1}", AuditName(a.Action, t), a.Actor], a.Detail, "audit")));
        return [.. entries.OrderBy(e => e.At)]; // stable: the journal's order holds among steps of one instant
    }

    /// <summary>A step worth a line, or null: unnamed elements, gateways, sub-process edges and completed tasks (listed with who did them) are left out.</summary>
    private static TimelineEntry? Entry(HistoryStep s, UiText t)
    {
        if (string.IsNullOrEmpty(s.ElementName) && s.Kind is not (HistoryStepKind.IncidentRaised or HistoryStepKind.IncidentResolved))
        {
            return null;
        }

        var element = s.ElementName ?? s.ElementId ?? "";
        return (s.Kind, s.NodeKind) switch
        {
            (HistoryStepKind.Activated, HistoryNodeKind.UserTask) => new(s.At, t["Giao việc: {0}", element], null, "task-created"),
            (HistoryStepKind.Terminated, HistoryNodeKind.UserTask) => new(s.At, t["Dừng việc (không hoàn thành): {0}", element], null, "task-ended"),
            (HistoryStepKind.Completed, HistoryNodeKind.JobTask) => new(s.At, element, null, "job"),
            (HistoryStepKind.Activated, HistoryNodeKind.BoundaryEvent) => new(s.At, element, null, "event"),
            (HistoryStepKind.Completed, HistoryNodeKind.CatchEvent) => new(s.At, element, null, "event"),
            (HistoryStepKind.IncidentRaised, _) => new(s.At, t["Sự cố quy trình tại: {0}", element], s.Detail, "incident"),
            (HistoryStepKind.IncidentResolved, _) => new(s.At, t["Đã khắc phục sự cố tại: {0}", element], null, "incident"),
            (HistoryStepKind.InstanceCompleted, _) => new(s.At, t["Quy trình kết thúc"], null, "end"),
            (HistoryStepKind.InstanceTerminated, _) => new(s.At, t["Quy trình bị huỷ"], null, "end"),
            _ => null,
        };
    }

    private static string AuditName(string action, UiText t) => action switch
    {
        ReportAuditActions.RevealContact => t["Xem thông tin liên hệ"],
        ReportAuditActions.Hide => t["Ẩn phản ánh"],
        ReportAuditActions.Show => t["Hiện lại phản ánh"],
        ReportAuditActions.ConfirmDuplicate => t["Xác nhận trùng"],
        ReportAuditActions.UndoDuplicate => t["Bỏ liên kết trùng"],
        ReportAuditActions.MarkStateSecret => t["Đánh dấu bí mật nhà nước"],
        ReportAuditActions.ClearStateSecret => t["Bỏ đánh dấu bí mật nhà nước"],
        ReportAuditActions.NoticeSent => t["Đã gửi thông báo"],
        ReportAuditActions.NoticeSkipped => t["Không gửi được thông báo"],
        ReportAuditActions.NoticeDelayed => t["Thông báo đang chậm: kênh gửi lỗi, hệ thống tiếp tục gửi lại"],
        ReportAuditActions.NoticeExpired => t["Thông báo không gửi được sau thời gian thử lại"],
        ReportAuditActions.MediaPurged => t["Đã xoá tệp đính kèm hết hạn lưu"],
        ReportAuditActions.Reroute => t["Trung tâm giám sát điều chuyển cơ quan (R7.5)"],
        ReportAuditActions.Reply => t["Người phản ánh đề nghị giải trình (R8.1)"],
        ReportAuditActions.Rating => t["Người phản ánh đánh giá kết quả (R8.2)"],
        ReportAuditActions.Resubmit => t["Người phản ánh không đồng ý kết quả (R7.6)"],
        _ => action,
    };
}
