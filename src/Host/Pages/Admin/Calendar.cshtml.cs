using LaiChau.Host.Calendar;
using LaiChau.Host.Data;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Pages.Admin;

/// <summary>Administration: calendar exceptions (days off, Saturdays worked), by the same handlers as <c>/api/v1/calendar/exceptions/{date}</c>.</summary>
public sealed class CalendarModel(AppDbContext db, CalendarSource calendar, UiText t) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<CalendarExceptionRow> Exceptions { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? LegalReference { get; set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await PutCalendarException.HandleAsync(Date ?? "", new PutCalendarException.Request(Kind, Reason, LegalReference), User, db, calendar, ct);
        if (result.Result is ValidationProblem problem)
        {
            foreach (var key in problem.ProblemDetails.Errors.Keys)
            {
                Errors[key] = key switch
                {
                    "date" => t["Chọn một ngày hợp lệ."],
                    "kind" => t["Chọn ngày nghỉ hoặc ngày làm bù."],
                    "reason" => t["Cần lý do (tối đa 500 ký tự)."],
                    _ => t["Cần căn cứ pháp lý: quyết định hoặc thông báo quy định ngày này (tối đa 500 ký tự)."],
                };
            }

            await LoadAsync(ct);
            return Page();
        }

        Message = t["Đã lưu ngày {0}.", Date];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? date, CancellationToken ct)
    {
        var result = await DeleteCalendarException.HandleAsync(date ?? "", db, calendar, ct);
        (Message, Error) = result.Result is NoContent ? (t["Đã xoá ngày {0}.", date], null) : ((string?)null, t["Không có ngày ngoại lệ {0}.", date]);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Exceptions = await db.CalendarExceptions.AsNoTracking().OrderByDescending(e => e.Date).Take(Shown).ToListAsync(ct);

    public string Invalid(string key) => Errors.ContainsKey(key) ? "true" : "false";
}
