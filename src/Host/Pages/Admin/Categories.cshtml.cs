using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Pages.Admin;

/// <summary>Administration: report categories, created or edited by the same handler and validation as <c>PUT /api/v1/categories/{code}</c>.</summary>
public sealed class CategoriesModel(AppDbContext db, LaiChau.Host.Reports.Intake.IntakeReferenceData intake, UiText t) : PageModel
{
    public IReadOnlyList<CategoryEndpoints.Category> Categories { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Departments { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Group { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public bool Urgent { get; set; }

    [BindProperty]
    public string? RequiredMedia { get; set; }

    [BindProperty]
    public string? RouteToAgencyCode { get; set; }

    [BindProperty]
    public bool Active { get; set; } = true;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(string? code, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Categories.FirstOrDefault(c => c.Code == code) is { } c)
        {
            (Code, Name, Group, Description, Urgent, RequiredMedia, RouteToAgencyCode, Active) =
                (c.Code, c.Name, c.Group, c.Description, c.Urgent, c.RequiredMedia, c.RouteToAgencyCode, c.Active);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var code = Code?.Trim() ?? "";
        var route = string.IsNullOrWhiteSpace(RouteToAgencyCode) ? null : RouteToAgencyCode;
        var result = await CategoryEndpoints.PutAsync(code, new CategoryEndpoints.Request(Name, Group, Description, Urgent, RequiredMedia, route, Active), User, db, intake, ct);
        if (result.Result is ValidationProblem problem)
        {
            foreach (var key in problem.ProblemDetails.Errors.Keys)
            {
                Errors[key] = key switch
                {
                    "code" => t["Mã lĩnh vực gồm 2 đến 40 chữ thường không dấu, chữ số và gạch ngang (rac-thai)."],
                    "name" => t["Cần tên lĩnh vực (tối đa 200 ký tự)."],
                    "group" => t["Cần nhóm lĩnh vực (tối đa 200 ký tự)."],
                    "description" => t["Mô tả quá dài."],
                    "routeToAgencyCode" => t["Chỉ chuyển thẳng đến một sở, ngành; để trống để giao UBND xã, phường."],
                    _ => t["Chọn yêu cầu về ảnh, video."],
                };
            }

            await LoadAsync(ct);
            return Page();
        }

        Message = t["Đã lưu lĩnh vực {0}.", code];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Categories = [.. (await db.Categories.AsNoTracking().OrderBy(c => c.Group).ThenBy(c => c.Code).ToListAsync(ct)).Select(CategoryEndpoints.Category.Of)];
        Departments = [.. (await db.Agencies.AsNoTracking().Where(a => a.Kind == AgencyKind.Department).OrderBy(a => a.Name)
            .Select(a => new { a.Code, a.Name }).ToListAsync(ct)).Select(a => (a.Code, a.Name))];
    }

    public string Invalid(string key) => Errors.ContainsKey(key) ? "true" : "false";
}
