using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Staff;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Pages.Admin;

/// <summary>
/// Edits one agency with its whole member list (R12.1: exactly one focal leader, who is a leader), saved by the same
/// <see cref="AgencyEndpoints.SaveAsync"/> as <c>PUT /api/v1/agencies/{code}</c>; refused as a whole on any error.
/// </summary>
public sealed class AgencyModel(
    AppDbContext db, TimeProvider clock, LaiChau.Host.Reports.Intake.IntakeReferenceData intake, LaiChau.Host.Reports.Process.AgencyDeadlines deadlines, UiText t) : PageModel
{
    /// <summary>Blank rows offered for new members (no JavaScript needed).</summary>
    public const int BlankRows = 3;

    public sealed class MemberInput
    {
        public string? UserId { get; set; }

        public string? FullName { get; set; }

        public string? Role { get; set; }

        public bool FocalLeader { get; set; }
    }

    public string Code { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string? UnitCode { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public bool Active { get; set; }

    /// <summary>R7.3: the agency's own resolution limit in working days (1–5).</summary>
    [BindProperty]
    public int? ResolutionWorkingDays { get; set; }

    [BindProperty]
    public List<MemberInput> Members { get; set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().Include(a => a.Members).FirstOrDefaultAsync(a => a.Code == code, ct);
        if (agency is null)
        {
            return NotFound();
        }

        var view = AgencyEndpoints.Agency.Of(agency);
        (Code, Kind, UnitCode, Name, Active, ResolutionWorkingDays) = (view.Code, view.Kind, view.UnitCode, view.Name, view.Active, view.ResolutionWorkingDays);
        Members = [.. view.Members.Select(m => new MemberInput { UserId = m.UserId, FullName = m.FullName, Role = m.Role, FocalLeader = m.FocalLeader })];
        Members.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new MemberInput { Role = "officer" }));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, ct);
        if (agency is null)
        {
            return NotFound();
        }

        var current = AgencyEndpoints.Agency.Of(agency);
        (Code, Kind, UnitCode) = (current.Code, current.Kind, current.UnitCode);
        var members = Members.Where(m => !string.IsNullOrWhiteSpace(m.UserId) || !string.IsNullOrWhiteSpace(m.FullName)).ToList();
        var request = new AgencyEndpoints.Request(Name, Kind, UnitCode, Active,
            [.. members.Select(m => new AgencyEndpoints.Member(m.UserId, m.FullName, m.Role, m.FocalLeader))], ResolutionWorkingDays ?? 0);
        var (saved, _, errors) = await AgencyEndpoints.SaveAsync(code, request, new ReportAccess(User).UserId, db, clock, intake, ct, deadlines);
        if (saved is not null)
        {
            Message = t["Đã lưu cơ quan {0}.", code];
            return RedirectToPage(new { code });
        }

        foreach (var key in errors.Keys)
        {
            Errors[key] = Vietnamese(key, members.Count(m => m.FocalLeader)); // members[i] index the kept rows, shown first below
        }

        Members = [.. members, .. Enumerable.Range(0, BlankRows).Select(_ => new MemberInput { Role = "officer" })];
        return Page();
    }

    private string Vietnamese(string key, int focal) => key switch
    {
        "members.focalLeader" => t["Cơ quan phải có đúng một lãnh đạo đầu mối (R12.1); hiện có {0}.", focal],
        "name" => t["Cần tên cơ quan (tối đa 200 ký tự)."],
        "resolutionWorkingDays" => t["Thời hạn giải quyết từ 1 đến 5 ngày làm việc (R7.3)."],
        "members" => t["Danh sách thành viên không hợp lệ (trùng tên đăng nhập hoặc quá nhiều)."],
        "unitCode" or "kind" or "code" => t["Loại cơ quan hoặc đơn vị hành chính không hợp lệ."],
        _ when key.EndsWith(".focalLeader", StringComparison.Ordinal) => t["Lãnh đạo đầu mối phải là lãnh đạo của cơ quan (R12.1)."],
        _ when key.EndsWith(".userId", StringComparison.Ordinal) => t["Cần tên đăng nhập."],
        _ when key.EndsWith(".fullName", StringComparison.Ordinal) => t["Cần họ tên."],
        _ => t["Vai trò là cán bộ hoặc lãnh đạo."],
    };

    public string? Error(string key) => Errors.GetValueOrDefault(key);
}
