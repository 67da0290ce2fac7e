using LaiChau.Host.Reports.Data;

namespace LaiChau.Host.Reports.Staff;

/// <summary>Why a report cannot be merged into the one named as its original (R5.7).</summary>
public enum MergeRefusal
{
    OriginalUnknown,
    SameReport,
    OriginalMerged,
    OriginalRejected,
    AlreadyAnswered,
}

/// <summary>The checks of a merge that the message rule, the API and the case page share, each in its own language.</summary>
public static class MergeRefusals
{
    public static MergeRefusal? Of(ReportRow report, ReportRow? original)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (original is null)
        {
            return MergeRefusal.OriginalUnknown;
        }

        if (original.Code == report.Code)
        {
            return MergeRefusal.SameReport;
        }

        if (original.State == ReportState.Merged)
        {
            return MergeRefusal.OriginalMerged;
        }

        if (original.State == ReportState.Rejected)
        {
            return MergeRefusal.OriginalRejected;
        }

        return ReportStatusNotes.IsClosed(report.State) ? MergeRefusal.AlreadyAnswered : null;
    }

    public static string English(MergeRefusal refusal, ReportRow? original) => refusal switch
    {
        MergeRefusal.OriginalUnknown => "Name the original by its report code (PA-yyyy-nnnnnn).",
        MergeRefusal.SameReport => "A report cannot be a duplicate of itself.",
        MergeRefusal.OriginalMerged => $"That report is itself merged into {original?.DuplicateOf}: name {original?.DuplicateOf} instead.",
        MergeRefusal.OriginalRejected => "That report was refused (R7.2); it cannot be an original.",
        _ => "This report already has its answer (result, rejection, closure or merge); nothing to merge.",
    };

    public static string Vietnamese(MergeRefusal refusal, ReportRow? original) => refusal switch
    {
        MergeRefusal.OriginalUnknown => "Nhập mã phản ánh gốc đúng dạng PA-năm-số (ví dụ PA-2026-000123) và đã có trong hệ thống.",
        MergeRefusal.SameReport => "Phản ánh không thể trùng với chính nó.",
        MergeRefusal.OriginalMerged => $"Phản ánh đó đã được gộp vào {original?.DuplicateOf}; hãy nhập mã {original?.DuplicateOf}.",
        MergeRefusal.OriginalRejected => "Phản ánh đó đã bị từ chối (R7.2), không thể là phản ánh gốc.",
        _ => "Phản ánh này đã có kết quả, bị từ chối, đã đóng hoặc đã gộp; không thể gộp nữa.",
    };
}
