using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Staff;
using Microsoft.AspNetCore.Mvc;

namespace LaiChau.Host.Pages.Staff;

/// <summary>
/// The case page's forms that publish a message of the process as the signed-in person (ADR 0021): re-route (R7.5,
/// the monitoring centre), merge into an original (R5.7), ask for a new deadline (R7.3) and send a disagreement to the province (R7.6). Each is shown and
/// accepted only for whom its message rule accepts it; the rule checks it again and audits it.
/// </summary>
public sealed partial class CaseModel
{
    /// <summary>R7.5: the monitoring centre may re-route this report (the form is shown while it is being handled).</summary>
    public bool MayReroute { get; private set; }

    /// <summary>Active agencies other than the lead one (re-routing): loaded only for the centre's form.</summary>
    public IReadOnlyList<(string Code, string Name)> OtherAgencies { get; private set; } = [];

    /// <summary>R5.7: the lead agency's staff and the monitoring centre merge a report still being handled into its original.</summary>
    public bool MayMerge { get; private set; }

    /// <summary>R7.3: a leader of the lead agency asks for a new deadline while the report is being handled.</summary>
    public bool MayAskExtension { get; private set; }

    /// <summary>R7.6: a leader of the lead agency or of an agency asked to coordinate sends the report to the province.</summary>
    public bool MayDisagree { get; private set; }

    private async Task LoadMessageFormsAsync(ReportAccess access, CancellationToken ct)
    {
        var report = Report;
        MayReroute = ReportRerouting.MayReroute(access) && !ReportStatusNotes.IsClosed(report.State);
        MayMerge = (access.IsMember(report.LeadAgency) || access.IsMonitoringCentre) && !ReportStatusNotes.IsClosed(report.State);
        MayAskExtension = ExtensionRequests.MayAsk(access, report);
        // Only someone who leads an agency can be the leader of one involved: the others need not read the instance.
        MayDisagree = Disagreements.IsOpen(report) && access.Agencies.Any(access.IsLeader)
            && Disagreements.IsLeaderOfOne(access, await Disagreements.InvolvedAgenciesAsync(report, Queries, ct));
    }

    /// <summary>R7.5: the monitoring centre moves the report to another agency; the process ends the current step and starts again there.</summary>
    public async Task<IActionResult> OnPostRerouteAsync(string code, string? targetAgency, string? reason, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused)
        {
            return refused;
        }

        var refusal = await ReportRerouting.RerouteAsync(Report, targetAgency, reason, new ReportAccess(User), Db, Publisher, Queries, ct);
        switch (refusal)
        {
            case RerouteRefusal.None:
                Notice = Ui["Đã điều chuyển phản ánh; cơ quan mới sẽ xác minh lại."];
                return RedirectToPage(new { code });
            case RerouteRefusal.NotMonitoringCentre:
                return StatusCode(StatusCodes.Status403Forbidden);
            case RerouteRefusal.ReasonMissing:
                Errors["rerouteReason"] = Ui["Nhập lý do (ít nhất {0} ký tự).", ReportStaffEndpoints.MinReasonLength];
                return await PageAsync(ct);
            case RerouteRefusal.SameAgency or RerouteRefusal.AgencyUnknown or RerouteRefusal.AgencyNotReady:
                Errors["rerouteTarget"] = Ui["Chọn cơ quan nhận điều chuyển."];
                return await PageAsync(ct);
            default:
                Warning = refusal switch
                {
                    RerouteRefusal.AwaitingAssignment => Ui["UBND tỉnh đang phân công cơ quan xử lý (R7.6); không điều chuyển được lúc này."],
                    RerouteRefusal.VersionWithoutRerouting => Ui["Phiên bản quy trình của phản ánh này chưa có bước điều chuyển; hãy chuyển phản ánh sang phiên bản mới trong trình thiết kế."],
                    RerouteRefusal.NotWaiting => Ui["Phản ánh đang chuyển bước; vui lòng thử lại sau giây lát."],
                    _ => Ui["Phản ánh đã có kết quả (hoặc đã bị từ chối, đã đóng); không còn gì để điều chuyển."],
                };
                return RedirectToPage(new { code });
        }
    }

    /// <summary>R5.7: the report repeats an original; the process ends it as merged and its reporter follows the original.</summary>
    public async Task<IActionResult> OnPostMergeAsync(string code, string? originalCode, string? reason, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused)
        {
            return refused;
        }

        if (!MayMerge)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var outcome = await ReportMerging.MergeAsync(Report, string.IsNullOrWhiteSpace(originalCode) ? "" : originalCode, reason, new ReportAccess(User), Db, Publisher, ct);
        if (outcome.Refusal is { } refusal)
        {
            Errors["mergeOriginal"] = MergeRefusals.Vietnamese(refusal, outcome.Original);
            return await PageAsync(ct);
        }

        if (outcome.Errors.ContainsKey("variables.reason"))
        {
            Errors["mergeReason"] = Ui["Ghi chú, nếu có, dài từ {0} đến {1} ký tự.", ReportStaffEndpoints.MinReasonLength, ReportLimits.MaxReasonLength];
            return await PageAsync(ct);
        }

        return Published(code, outcome.Errors, outcome.Reached,
            () => Ui["Đã gộp phản ánh vào {0}; người phản ánh được thông báo và sẽ nhận các thông báo của phản ánh gốc.", outcome.Original!.Code],
            Ui["Quy trình của phản ánh này không chờ việc gộp lúc này (đã có kết quả, UBND tỉnh đang phân công hoặc phiên bản quy trình cũ); chưa gộp được."]);
    }

    /// <summary>R7.3, special cases: the lead agency's leader asks the monitoring centre for a new deadline, with a reason.</summary>
    public async Task<IActionResult> OnPostExtensionAsync(string code, string? requestedDate, string? reason, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused)
        {
            return refused;
        }

        if (!MayAskExtension)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var refusal = ExtensionRequests.Check(Report, requestedDate, reason);
        if (refusal != ExtensionRefusal.None)
        {
            Errors[refusal == ExtensionRefusal.DateInvalid ? "extensionDate" : "extensionReason"] = ExtensionRequests.Vietnamese(refusal, Report);
            return await PageAsync(ct);
        }

        var outcome = await ExtensionRequests.AskAsync(Report, requestedDate!, reason!, new ReportAccess(User), Publisher, ct);
        return Published(code, outcome.Errors, outcome.Reached,
            () => Ui["Đã gửi đề nghị gia hạn đến ngày {0}; Trung tâm giám sát sẽ xét và trả lời.", DateOnly.ParseExact(requestedDate!.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)],
            Ui["Quy trình không chờ đề nghị gia hạn lúc này: một đề nghị trước còn chờ Trung tâm giám sát xét, hoặc phản ánh đang chuyển bước."]);
    }

    /// <summary>R7.6, first case: the agencies cannot agree; the provincial People's Committee assigns the agency.</summary>
    public async Task<IActionResult> OnPostDisagreementAsync(string code, string? reason, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused)
        {
            return refused;
        }

        if (!MayDisagree)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!ReportModeration.IsValidReason(reason))
        {
            Errors["disagreementReason"] = Ui["Nhập lý do các cơ quan chưa thống nhất, từ {0} đến {1} ký tự.", ReportStaffEndpoints.MinReasonLength, ReportLimits.MaxReasonLength];
            return await PageAsync(ct);
        }

        var outcome = await Disagreements.StartAsync(Report, reason!, new ReportAccess(User), Publisher, ct);
        return Published(code, outcome.Errors, outcome.Reached,
            () => Ui["Đã chuyển phản ánh để UBND tỉnh phân công cơ quan xử lý (R7.6)."],
            Ui["Quy trình không chờ việc này lúc này (đã có kết quả hoặc đang chuyển bước); chưa chuyển được."]);
    }

    /// <summary>
    /// After a publication the page's own checks let through: the message rule refusing it means the person is not
    /// whom the process allows (403); otherwise the person is told whether the process caught it.
    /// </summary>
    private IActionResult Published(string code, IReadOnlyDictionary<string, string[]> errors, bool reached, Func<string> done, string notWaiting)
    {
        if (errors.Count > 0)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!reached)
        {
            Warning = notWaiting;
            return RedirectToPage(new { code });
        }

        Notice = done();
        // A coordinating agency saw the report through its task, which the message just ended (R7.4, R7.6): to the inbox.
        return new ReportAccess(User).MaySee(Report) ? RedirectToPage(new { code }) : RedirectToPage("/Staff/Inbox");
    }
}
