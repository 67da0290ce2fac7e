using LaiChau.Host.Data;
using LaiChau.Host.Errors;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Staff;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages.Admin;

/// <summary>
/// Administration: administrative units imported from a GeoJSON file, by the same import as <c>POST /api/v1/admin-units</c>;
/// its errors in the page's language.
/// </summary>
[RequestSizeLimit(AdminUnitRules.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AdminUnitRules.MaxBytes + 64 * 1024)]
public sealed class UnitsModel(AppDbContext db, AdminUnitLocator locator, UiText t) : PageModel
{
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? FileError { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>Overlaps the import was accepted with (within the tolerance), one a line.</summary>
    [TempData]
    public string? Overlaps { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            FileError = t["Chọn một tệp GeoJSON."];
            return Page();
        }

        if (file.Length > AdminUnitRules.MaxBytes)
        {
            FileError = t["Tệp quá lớn."];
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var errors = new FieldErrors();
        if (await AdminUnitImport.FromJsonAsync(stream, new ReportAccess(User).UserId, db, locator, errors, ct) is not { } done)
        {
            FileError = t["Tệp chưa được nhập (không thay đổi gì):"];
            Problems = [.. errors.All.Take(50).Select(e => $"{t[e.Label]}: {t[e.Message]}")];
            return Page();
        }

        Message = t["Đã nhập: {0} đơn vị mới, {1} đơn vị cập nhật.", done.Created, done.Updated];
        Overlaps = done.Overlaps.Count == 0 ? null : string.Join('\n', done.Overlaps.Select(o => $"{t[AdminUnitImport.CodeLabel(o.Code)]}: {t[o.Message()]}"));
        return RedirectToPage();
    }
}
