using LaiChau.Host.Data;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages.Admin;

/// <summary>
/// Administration: API keys — issue (the key is shown once, on this response only), list, revoke; the same handlers and
/// validation as <c>/api/v1/api-keys</c> (the last administrator key cannot go).
/// </summary>
public sealed class ApiKeysModel(AppDbContext db, TimeProvider clock, ApiKeyCache keys, Workflows.JobTypeAccess jobTypes, UiText t) : PageModel
{
    public IReadOnlyList<ApiKeyView> Keys { get; private set; } = [];

    public string? NewKey { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Keys = await ListApiKeys.HandleAsync(db, ct);

    /// <summary>Answers with the page itself (no redirect): the secret must not travel in TempData or a URL.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var result = await CreateApiKey.HandleAsync(new CreateApiKey.Request(Name, Role), db, clock, jobTypes, ct);
        if (result.Result is Created<CreateApiKey.Response> { Value: { } created })
        {
            NewKey = created.Key;
            Message = t["Đã tạo khoá {0}. Chép khoá ngay: khoá chỉ hiện một lần.", created.Name];
            (Name, Role) = (null, null);
        }
        else if (result.Result is ValidationProblem problem)
        {
            foreach (var key in problem.ProblemDetails.Errors.Keys)
            {
                Errors[key] = key == "name" ? t["Cần tên (ai hoặc hệ thống nào dùng khoá), tối đa 100 ký tự."] : t["Chọn một vai trò."];
            }
        }

        Keys = await ListApiKeys.HandleAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var result = await RevokeApiKey.HandleAsync(id, db, keys, clock, ct); // this host forgets the key at once
        (Message, Error) = result.Result switch
        {
            NoContent => (t["Đã thu hồi khoá."], null),
            ProblemHttpResult { StatusCode: StatusCodes.Status409Conflict } => ((string?)null, t["Đây là khoá quản trị cuối cùng đang dùng: tạo khoá quản trị khác trước khi thu hồi."]),
            _ => (null, t["Không tìm thấy khoá."]),
        };
        return RedirectToPage();
    }
}
