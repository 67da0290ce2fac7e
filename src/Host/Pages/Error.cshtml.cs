using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages;

/// <summary>The HTML answer for a page that failed or does not exist (APIs answer with problem details).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [FromRoute]
    public int? Code { get; set; }

    public string Message(UiText t) => Code switch
    {
        404 => t["Không tìm thấy trang."],
        403 => t["Bạn không có quyền mở trang này."],
        _ => t["Đã có lỗi. Xin thử lại sau."],
    };

    public void OnGet() => Respond();

    public void OnPost() => Respond();

    private void Respond()
    {
        // Re-executed for an error status: keep that status (the code in the route is only what to say).
        if (HttpContext.Response.StatusCode == StatusCodes.Status200OK && Code is >= 400 and < 600)
        {
            HttpContext.Response.StatusCode = Code.Value;
        }
    }
}
