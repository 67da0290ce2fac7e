using System.Text.Json;
using LaiChau.Host.Data;
using LaiChau.Host.Errors;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Letters;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Reports.Staff;
using LaiChau.Host.Reports.Submit;
using LaiChau.Host.Security;
using LaiChau.Host.Web.Forms;
using LaiChau.Host.Web.Localization;
using LaiChau.Host.Web.Staff;
using LaiChau.Host.Workflows;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Pages.Staff;

/// <summary>
/// <c>/can-bo/ho-so/{code}</c>: one report for the staff who may see it (ReportAccess, or a task of theirs on it), its
/// timeline, the reporter's contact (masked; revealed on request, audited), hide/show (R9), the result letter, and the
/// form of each open task the person may work on — the task's own Camunda Form, rendered on the server and completed
/// through <see cref="TaskCompletion"/> (the engine checks it against the form; issue 16).
/// </summary>
public sealed partial class CaseModel(
    WorkflowQueries queries, AppDbContext db, PersonalData personal, MediaLinks mediaLinks, TaskCompletion completion, ResultLetters letters,
    TimeProvider clock, UiText t, Workflows.Messages.MessagePublisher publisher) : PageModel
{
    public ReportRow Report { get; private set; } = null!;

    private AppDbContext Db => db;

    private WorkflowQueries Queries => queries;

    private Workflows.Messages.MessagePublisher Publisher => publisher;

    private UiText Ui => t;

    public string Category { get; private set; } = "";

    public string? Commune { get; private set; }

    public string LeadAgencyName { get; private set; } = "";

    public string MaskedName { get; private set; } = "";

    public string MaskedPhone { get; private set; } = "";

    public ContactView? Contact { get; private set; }

    public bool MayRevealContact { get; private set; }

    public bool HasLetter { get; private set; }

    public IReadOnlyList<string> MediaUrls { get; private set; } = [];

    public IReadOnlyList<string> Duplicates { get; private set; } = [];

    public IReadOnlyList<TaskView> WorkableTasks { get; private set; } = [];

    public IReadOnlyList<TaskView> OtherOpenTasks { get; private set; } = [];

    /// <summary>The forms of <see cref="WorkableTasks"/> by task id (a task without a form has none: it is only completed).</summary>
    public Dictionary<Guid, TaskFormView> Forms { get; } = [];

    /// <summary>The refused fields of the task form posted last, by key.</summary>
    public FieldErrors TaskErrors { get; } = new();

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];


    public string PointsJson { get; private set; } = "[]";

    /// <summary>Field errors of the form posted last, by field name.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The task whose form was posted (its values are kept in the form on an error).</summary>
    public Guid? PostedTask { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Warning { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ?? await PageAsync(ct);

    public async Task<IActionResult> OnGetLetterAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused)
        {
            return refused;
        }

        return await letters.FindAsync(code, ct) is { } letter ? File(letter.Pdf, "application/pdf", $"ket-qua-{code}.pdf") : NotFound();
    }

    public async Task<IActionResult> OnPostContactAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused)
        {
            return refused;
        }

        Contact = await ReportModeration.RevealContactAsync(Report, new ReportAccess(User), db, personal, clock, ct);
        if (Contact is null)
        {
            Warning = t["Người phản ánh không đồng ý chia sẻ thông tin liên hệ; Trung tâm giám sát có thể chuyển lời nhắn."];
        }

        return await PageAsync(ct);
    }

    public async Task<IActionResult> OnPostHiddenAsync(string code, bool hidden, string? reason, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused)
        {
            return refused;
        }

        if (!ReportModeration.IsValidReason(reason))
        {
            Errors["reason"] = t["Nhập lý do (ít nhất {0} ký tự).", ReportStaffEndpoints.MinReasonLength];
            return await PageAsync(ct);
        }

        await ReportModeration.SetHiddenAsync(Report, hidden, reason!, new ReportAccess(User), db, clock, ct);
        Notice = hidden ? t["Đã ẩn phản ánh khỏi trang công khai."] : t["Đã hiện lại phản ánh."];
        return RedirectToPage(new { code });
    }

    public async Task<IActionResult> OnPostCompleteAsync(string code, Guid task, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused)
        {
            return refused;
        }

        PostedTask = task;
        var open = WorkableTasks.FirstOrDefault(x => x.Id == task);
        if (open is null)
        {
            Warning = t["Công việc này đã được xử lý bởi người khác"];
            return RedirectToPage(new { code });
        }

        var actor = Actors.Of(User);
        try
        {
            var form = await queries.GetTaskFormAsync(task, actor, ct);
            var variables = form is null ? [] : FormPost.Read(form.Form, Request.Form, TaskErrors);
            var files = Request.Form.Files.Where(f => f.Length > 0 || f.FileName.Length > 0).GroupBy(f => f.Name)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<IncomingMedia>)[.. g.Select(f => new IncomingMedia(f.FileName, f.ContentType, f.Length, f.OpenReadStream))]);
            if (TaskErrors.Count == 0 && await completion.CompleteAsync(task, actor, variables, files, ct) is { } fileErrors)
            {
                foreach (var e in fileErrors.All)
                {
                    TaskErrors.Set(e.Key, e.Message);
                }
            }
        }
        catch (Exception e) when (e is WorkflowConflictException or WorkflowNotFoundException or WorkflowForbiddenException)
        {
            Warning = t["Công việc này đã được xử lý bởi người khác"];
            return RedirectToPage(new { code });
        }
        catch (WorkflowFormException e)
        {
            foreach (var error in e.Errors)
            {
                TaskErrors.Set(error.Key, new BilingualText(error.MessageVi, error.MessageEn));
            }
        }

        if (TaskErrors.Count > 0)
        {
            return await PageAsync(ct);
        }

        Notice = t["Đã hoàn thành: {0}.", open.Name ?? t["công việc"]];
        return RedirectToPage(new { code });
    }

    /// <summary>While a person fills a task form in, the page's script asks which fields the form's conditions hide now.</summary>
    public async Task<IActionResult> OnPostFormStateAsync(string code, Guid task, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } refused)
        {
            return refused;
        }

        var form = WorkableTasks.Any(x => x.Id == task) ? await queries.GetTaskFormAsync(task, Actors.Of(User), ct) : null;
        return form is null ? NotFound() : new JsonResult(new { hidden = TaskFormView.HiddenFor(form, Request.Form, new LaiChau.Workflows.Feel.FeelContext(clock)) });
    }

    public string? Error(string field) => Errors.GetValueOrDefault(field);

    /// <summary>
    /// Null when the person may see the report (then the report, its open tasks and what the person may do are set),
    /// else the refusal: 404 for no such report, 403 otherwise.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        var access = new ReportAccess(User);
        var actor = Actors.Of(User);
        var report = ReportCodes.IsWellFormed(code) ? await db.Reports.FirstOrDefaultAsync(r => r.Code == code, ct) : null;
        if (report is null)
        {
            return NotFound();
        }

        IReadOnlyList<TaskView> open = report.InstanceId is { } instance
            ? (await queries.FindTasksAsync(new TaskQuery(InstanceId: instance, State: UserTaskState.Created, Limit: 50), actor, ct)).Items
            : [];
        // R7.4: a coordinating agency sees the report while it has a task on it; state secrets only for authorised roles.
        if (!access.MaySee(report) && (report.StateSecret || open.Count == 0))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Report = report;
        WorkableTasks = [.. open.Where(x => x.Assignee == actor.Id || (x.Assignee is null
            && (x.CandidateUsers.Contains(actor.Id) || x.CandidateGroups.Any(actor.Groups.Contains))))];
        OtherOpenTasks = [.. open.Except(WorkableTasks)];
        await LoadMessageFormsAsync(access, ct);
        MayRevealContact = access.MayRevealContact(report);
        return null;
    }

    /// <summary>The page itself: what is shown beside the forms, read only when the page is rendered (not for a redirect).</summary>
    private async Task<PageResult> PageAsync(CancellationToken ct)
    {
        var report = Report;
        var code = report.Code;
        if (MayReroute)
        {
            OtherAgencies = await ReportRerouting.TargetsAsync(db, report.LeadAgency, ct);
        }

        var feel = new LaiChau.Workflows.Feel.FeelContext(clock);
        foreach (var task in WorkableTasks)
        {
            if (await queries.GetTaskFormAsync(task.Id, Actors.Of(User), ct) is { } form)
            {
                var posted = PostedTask == task.Id ? Request.Form : null;
                Forms[task.Id] = TaskFormView.Build(form, posted, posted is null ? null : TaskErrors, m => t[m], feel);
            }
        }

        MaskedName = ContactMasks.Name(personal.Unprotect(report.ReporterNameProtected) ?? "");
        MaskedPhone = ContactMasks.Phone(personal.Unprotect(report.ReporterPhoneProtected) ?? "");
        Category = await db.Categories.AsNoTracking().Where(c => c.Code == report.CategoryCode).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? report.CategoryCode;
        LeadAgencyName = await db.Agencies.AsNoTracking().Where(a => a.Code == report.LeadAgency).Select(a => a.Name).FirstOrDefaultAsync(ct) ?? report.LeadAgency;
        // The unit valid on the day of receipt: a code may have had another name before a merger (docs/reference-data.md).
        Commune = report.CommuneCode is null ? null
            : (await CommuneNames.LoadAsync(db, [report.CommuneCode], ct)).On(report.CommuneCode, report.ReceivedAt);
        HasLetter = report.State >= ReportState.Resolved && await letters.FindAsync(code, ct) is not null;
        var media = await db.ReportMedia.AsNoTracking().Where(m => m.ReportCode == code && m.PurgedAt == null)
            .OrderBy(m => m.Position).Select(m => new { m.Id, m.ContentType }).ToListAsync(ct);
        MediaUrls = [.. media.Where(m => m.ContentType.StartsWith("image/", StringComparison.Ordinal)).Select(m => mediaLinks.Create(m.Id).Url)];
        Duplicates = await db.Reports.AsNoTracking().Where(r => r.DuplicateOf == code).Select(r => r.Code).Take(20).ToListAsync(ct);
        if (report.Lat is { } lat && report.Lon is { } lon)
        {
            PointsJson = JsonSerializer.Serialize(new[] { new { lat, lon, title = report.Code } });
        }

        Timeline = await CaseTimeline.BuildAsync(report, queries, Actors.Of(User), db, t, ct);
        return Page();
    }

    public string StateName(ReportState state) => state switch
    {
        ReportState.Resolved => t["Đã có kết quả"],
        ReportState.Closed => t["Đã đóng"],
        ReportState.Merged => t["Đã gộp vào phản ánh gốc"],
        _ => t["Đang xử lý"],
    };

    public static string Vn(DateTimeOffset at) => VietnamTime.Of(at).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
