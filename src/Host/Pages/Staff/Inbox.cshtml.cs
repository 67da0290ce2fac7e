using LaiChau.Host.Calendar;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports;
using LaiChau.Host.Web;
using LaiChau.Host.Web.Localization;
using LaiChau.Host.Web.Staff;
using LaiChau.Host.Workflows;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Pages.Staff;

/// <summary>
/// <c>/can-bo</c>: the open user tasks the signed-in person may see (the engine's task query, as <c>GET /api/v1/tasks</c>),
/// urgent reports first, then by due date, with a working-day countdown; claim and unclaim (issue 8 point 2).
/// </summary>
public sealed class InboxModel(WorkflowEngine engine, WorkflowQueries queries, AppDbContext db, CalendarSource calendars, TimeProvider clock, UiText t) : PageModel
{
    /// <summary>The most open tasks one page shows (the engine's page size).</summary>
    public const int MaxRows = 500;

    public static readonly string[] Tabs = ["tat-ca", "cua-toi", "chua-nhan", "hom-nay", "qua-han"];

    public sealed record Row(
        Guid TaskId,
        string? Code,
        string Category,
        string TaskName,
        string Place,
        DateTimeOffset? DueAt,
        WorkingDayCountdown? Countdown,
        bool Urgent,
        string? Assignee,
        bool Mine,
        bool MayClaim);

    [BindProperty(SupportsGet = true, Name = "loc")]
    public string? Tab { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    /// <summary>More open tasks than <see cref="MaxRows"/>: the page shows the earliest due ones and says so.</summary>
    public bool Truncated { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Tab = Tabs.Contains(Tab) ? Tab : Tabs[0];
        var actor = Actors.Of(User);
        var page = await queries.FindTasksAsync(new TaskQuery(State: UserTaskState.Created, Limit: MaxRows), actor, ct);
        var tasks = page.Items;
        Truncated = page.Next is not null;
        var instanceIds = tasks.Select(x => x.InstanceId).Distinct().ToList();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.InstanceId != null && instanceIds.Contains(r.InstanceId.Value))
            .Select(r => new { InstanceId = r.InstanceId!.Value, r.Code, r.CategoryCode, r.CommuneCode, r.Address, r.Urgent, r.ReceivedAt })
            .ToListAsync(ct);
        var byInstance = reports.ToDictionary(r => r.InstanceId);
        var categoryCodes = reports.Select(r => r.CategoryCode).Distinct().ToList();
        var categories = await db.Categories.AsNoTracking().Where(c => categoryCodes.Contains(c.Code))
            .Select(c => new { c.Code, c.Name }).ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var communeCodes = reports.Where(r => r.CommuneCode != null).Select(r => r.CommuneCode!).Distinct().ToList();
        var communeNames = await CommuneNames.LoadAsync(db, communeCodes, ct);

        var calendar = await calendars.GetAsync(ct);
        var now = clock.GetUtcNow();
        var rows = tasks.Select(task =>
        {
            byInstance.TryGetValue(task.InstanceId, out var report);
            var place = report is null ? "" : string.Join(", ", new[]
            {
                report.Address,
                report.CommuneCode is { } commune ? communeNames.On(commune, report.ReceivedAt) : null,
            }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var candidate = task.Assignee is null
                && (task.CandidateUsers.Contains(actor.Id) || task.CandidateGroups.Any(actor.Groups.Contains));
            return new Row(
                task.Id,
                report?.Code,
                report is null ? "" : categories.GetValueOrDefault(report.CategoryCode, report.CategoryCode),
                task.Name ?? task.ElementId,
                place,
                task.DueAt,
                task.DueAt is { } due ? WorkingDayCountdown.Of(due, now, calendar) : null,
                report?.Urgent ?? false,
                task.Assignee,
                task.Assignee == actor.Id,
                candidate);
        }).ToList();

        Counts = Tabs.ToDictionary(tab => tab, tab => rows.Count(r => InTab(tab, r)));
        Rows = [.. rows.Where(r => InTab(Tab, r))
            .OrderByDescending(r => r.Urgent)
            .ThenBy(r => r.DueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid task, string? loc, CancellationToken ct) =>
        await ActAsync(async () =>
        {
            await engine.ClaimTaskAsync(task, Actors.Of(User), ct);
            var services = HttpContext.RequestServices;
            await TaskClaimSignal.PublishAsync(queries, services.GetRequiredService<MessagePublisher>(), task, services.GetRequiredService<ILoggerFactory>(), ct); // R2.2
        }, t["Đã nhận công việc."], loc);

    public async Task<IActionResult> OnPostUnclaimAsync(Guid task, string? loc, CancellationToken ct) =>
        await ActAsync(() => engine.UnclaimTaskAsync(task, Actors.Of(User), ct), t["Đã trả lại công việc cho cơ quan."], loc);

    private async Task<IActionResult> ActAsync(Func<Task> act, string done, string? loc)
    {
        try
        {
            await act();
            Notice = done;
        }
        catch (Exception e) when (e is WorkflowConflictException or WorkflowNotFoundException or WorkflowForbiddenException or WorkflowInvalidException)
        {
            Notice = t["Công việc này đã được xử lý bởi người khác"];
        }

        return RedirectToPage(new { loc = Tabs.Contains(loc) ? loc : null });
    }

    private static bool InTab(string? tab, Row r) => tab switch
    {
        "cua-toi" => r.Mine,
        "chua-nhan" => r.Assignee is null && r.MayClaim,
        "hom-nay" => r.Countdown is { DueToday: true },
        "qua-han" => r.Countdown is { Overdue: true },
        _ => true,
    };

    public string TabName(string tab) => tab switch
    {
        "cua-toi" => t["Của tôi"],
        "chua-nhan" => t["Chưa nhận của cơ quan"],
        "hom-nay" => t["Đến hạn hôm nay"],
        "qua-han" => t["Quá hạn"],
        _ => t["Tất cả"],
    };

    public string CountdownText(WorkingDayCountdown c) =>
        c.Overdue ? (c.Days == 0 ? t["quá hạn hôm nay"] : t["quá hạn {0} ngày", c.Days])
        : c.DueToday ? t["đến hạn hôm nay"]
        : t["còn {0} ngày làm việc", c.Days];
}
