using System.Globalization;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Monthly;
using LaiChau.Host.Reports.Staff;
using LaiChau.Host.Web.Centre;
using LaiChau.Host.Web.Localization;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages.Centre;

/// <summary>The monitoring centre's province-wide dashboard (issue 8 point 4; R11, R9, R8.3).</summary>
public sealed class IndexModel(CentreDashboard dashboard, AgencyChase chase, MonthlyReports monthly, WorkflowEngine engine, WorkflowQueries queries, TimeProvider clock, UiText t)
    : PageModel
{
    public CentreDashboard.Figures Figures { get; private set; } = null!;

    public IReadOnlyList<IncidentView> Incidents { get; private set; } = [];

    public IReadOnlyList<string> Months { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await dashboard.ReadAsync(new ReportAccess(User), ct);
        Incidents = [.. (await queries.FindIncidentsAsync(IncidentState.Open, null, ct)).Take(CentreDashboard.ListLimit)];
        var today = VietnamTime.Today(clock);
        var first = new DateOnly(today.Year, today.Month, 1);
        Months = [.. Enumerable.Range(0, 12).Select(i => first.AddMonths(-i).ToString("yyyy-MM", CultureInfo.InvariantCulture))];
    }

    /// <summary>The urgent block alone, for htmx's 30-second poll.</summary>
    public async Task<IActionResult> OnGetUrgentAsync(CancellationToken ct) =>
        Partial("_Urgent", await dashboard.UrgentAsync(ct));

    /// <summary>Chase an agency: a reminder to its focal leader about its overdue reports, journaled on each.</summary>
    public async Task<IActionResult> OnPostChaseAsync(string? agency, CancellationToken ct)
    {
        var (outcome, count) = await chase.ChaseAsync(agency, new ReportAccess(User).UserId, ct);
        (Message, Error) = outcome switch
        {
            AgencyChase.Outcome.Sent => (t["Đã gửi thư đôn đốc {0} về {1} phản ánh quá hạn.", agency, count], null),
            AgencyChase.Outcome.NothingOverdue => (null, t["Cơ quan {0} không có phản ánh quá hạn.", agency]),
            AgencyChase.Outcome.NoFocalLeader => (null, t["Cơ quan {0} chưa có lãnh đạo đầu mối.", agency]),
            AgencyChase.Outcome.NoEmail => (null, t["Lãnh đạo đầu mối của {0} chưa có địa chỉ e-mail trong tài khoản.", agency]),
            _ => ((string?)null, t["Không tìm thấy cơ quan."]),
        };
        return RedirectToPage();
    }

    /// <summary>R11.3: the month's report — issued if stored, else a draft.</summary>
    public async Task<IActionResult> OnGetMonthlyAsync(string? month, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first > VietnamTime.Today(clock) || first.Year < 2020)
        {
            Error = t["Chọn một tháng từ 2020 đến nay."];
            return RedirectToPage();
        }

        var pdf = await monthly.GetAsync(first.Year, first.Month, agency: null, ct);
        return File(pdf, "application/pdf", $"bao-cao-{month}.pdf");
    }

    /// <summary>Retries an engine incident (the same call as <c>POST /api/v1/incidents/{id}/retry</c>).</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await engine.RetryIncidentAsync(id, 1, ct);
            Message = t["Đã chạy lại bước bị lỗi."];
        }
        catch (WorkflowNotFoundException)
        {
            Error = t["Sự cố không còn tồn tại."];
        }

        return RedirectToPage();
    }
}
