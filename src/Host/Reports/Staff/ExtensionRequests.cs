using System.Globalization;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Time;

namespace LaiChau.Host.Reports.Staff;

/// <summary>Why a request for a new deadline (R7.3) is refused before it is published.</summary>
public enum ExtensionRefusal
{
    None,
    NotLeader,
    DateInvalid,
    ReasonLength,
}

/// <summary>
/// R7.3, special cases: a leader of the lead agency asks for a new deadline with a reason (message
/// <c>report-extension-request</c>; the monitoring centre decides in the definition's step). The checks that
/// <see cref="ExtensionMessageRule"/>, whatever route publishes it, and the case page share, each in its own language.
/// </summary>
public static class ExtensionRequests
{
    public const string MessageName = "report-extension-request";
    public const string RequestedDate = "requestedDate", Reason = "reason";

    /// <summary>Only a leader of the lead agency, while the report is being handled (not after its answer, nor at the province's assignment).</summary>
    public static bool MayAsk(ReportAccess access, ReportRow report) =>
        access.IsLeader(report.LeadAgency) && !ReportStatusNotes.IsClosed(report.State) && report.State != ReportState.Escalated;

    /// <summary>A day (yyyy-MM-dd) after the current deadline and a reason of 10–2000 characters.</summary>
    public static ExtensionRefusal Check(ReportRow report, string? requestedDate, string? reason)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!DateOnly.TryParseExact(requestedDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || day <= VietnamTime.Today(report.DueAt))
        {
            return ExtensionRefusal.DateInvalid;
        }

        return ReportModeration.IsValidReason(reason) ? ExtensionRefusal.None : ExtensionRefusal.ReasonLength;
    }

    public static string English(ExtensionRefusal refusal, ReportRow report) => refusal switch
    {
        ExtensionRefusal.NotLeader => $"Only a leader of the lead agency ({report.LeadAgency}) asks for a new deadline (R7.3).",
        ExtensionRefusal.DateInvalid => $"A day (yyyy-MM-dd) after the current deadline, {CurrentDay(report):yyyy-MM-dd}, is required.",
        _ => $"A reason of {ReportStaffEndpoints.MinReasonLength} to {ReportLimits.MaxReasonLength} characters is required (R7.3).",
    };

    public static string Vietnamese(ExtensionRefusal refusal, ReportRow report) => refusal switch
    {
        ExtensionRefusal.NotLeader => "Chỉ lãnh đạo cơ quan chủ trì đề nghị gia hạn (R7.3).",
        ExtensionRefusal.DateInvalid => $"Chọn ngày sau hạn hiện tại ({CurrentDay(report):dd/MM/yyyy}).",
        _ => $"Nhập lý do gia hạn, từ {ReportStaffEndpoints.MinReasonLength} đến {ReportLimits.MaxReasonLength} ký tự.",
    };

    /// <summary>Publishes the request as the caller; the message rule checks it again and audits it.</summary>
    public static Task<MessageOutcome> AskAsync(ReportRow report, string requestedDate, string reason, ReportAccess access, MessagePublisher publisher, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(publisher);
        var variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal)
        {
            [RequestedDate] = FeelValue.String(requestedDate.Trim()),
            [Reason] = FeelValue.String(reason.Trim()),
        };
        return publisher.PublishAsync(new PublishMessage(MessageName, report.Code, variables, null, TimeSpan.Zero), access.Sender, ct);
    }

    private static DateOnly CurrentDay(ReportRow report) => VietnamTime.Today(report.DueAt);
}
