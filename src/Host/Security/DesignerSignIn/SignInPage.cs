using System.Text.Encodings.Web;
using LaiChau.Host.Designer;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Web;

namespace LaiChau.Host.Security.DesignerSignIn;

/// <summary>
/// The sign-in page: the staff account first (ADR 0013), then one field for an administrator's API key (bootstrap,
/// machines); Vietnamese, no script, no external resource.
/// </summary>
internal static class SignInPage
{
    public sealed record Model(string FormField, string Token, string ReturnUrl, string? Error, string? Notice);

    public static string Render(Model model)
    {
        var html = HtmlEncoder.Default;
        var error = model.Error is null ? "" : $"<p class=\"error\" role=\"alert\">{html.Encode(model.Error)}</p>";
        var notice = model.Notice is null ? "" : $"<p class=\"notice\">{html.Encode(model.Notice)}</p>";
        var staffSignIn = $"{StaffSignIn.SignInPath}?returnUrl={Uri.EscapeDataString(model.ReturnUrl)}";
        return $$"""
            <!doctype html>
            <html lang="vi">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Đăng nhập trình thiết kế quy trình</title>
              <link rel="icon" href="{{Favicon.SvgPath}}" type="image/svg+xml">
              <link rel="icon" href="{{Favicon.IcoPath}}" sizes="16x16 32x32 48x48">
              <style>
                body { font-family: "Liberation Sans", Arial, sans-serif; max-width: 420px; margin: 10vh auto; padding: 0 16px; }
                label, input, button, .staff { display: block; width: 100%; box-sizing: border-box; font: inherit; }
                input { margin: 6px 0 12px; padding: 6px; }
                button, .staff { padding: 8px; background: #0b4f8a; color: #fff; border: 0; border-radius: 3px; text-align: center; }
                .staff { text-decoration: none; margin: 12px 0 24px; }
                h2 { font-size: 1em; margin-top: 24px; }
                .error { color: #b00020; }
                .notice { color: #7a4f00; }
              </style>
            </head>
            <body>
              <h1>Trình thiết kế quy trình</h1>
              <p>Dành cho quản trị viên.</p>
              {{notice}}
              <a class="staff" href="{{html.Encode(staffSignIn)}}">Đăng nhập bằng tài khoản cán bộ</a>
              <h2>Hoặc dùng khóa API quản trị</h2>
              <p>Cho lần cài đặt đầu tiên, khi chưa có tài khoản quản trị; phiên đăng nhập bằng khóa hết hạn sau 30 phút không dùng.</p>
              {{error}}
              <form method="post" action="{{DesignerPaths.SignIn}}">
                <input type="hidden" name="{{html.Encode(model.FormField)}}" value="{{html.Encode(model.Token)}}">
                <input type="hidden" name="returnUrl" value="{{html.Encode(model.ReturnUrl)}}">
                <label for="apiKey">Khóa API quản trị</label>
                <input id="apiKey" name="apiKey" type="password" autocomplete="off" required>
                <button type="submit">Đăng nhập</button>
              </form>
            </body>
            </html>
            """;
    }
}
