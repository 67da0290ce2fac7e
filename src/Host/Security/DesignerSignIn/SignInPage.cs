using System.Text.Encodings.Web;
using LaiChau.Host.Designer;

namespace LaiChau.Host.Security.DesignerSignIn;

/// <summary>The sign-in form: one field for the administrator's API key; Vietnamese, no script, no external resource.</summary>
internal static class SignInPage
{
    public static string Render(string formField, string token, string returnUrl, string? error)
    {
        var html = HtmlEncoder.Default;
        var message = error is null ? "" : $"<p class=\"error\" role=\"alert\">{html.Encode(error)}</p>";
        return $$"""
            <!doctype html>
            <html lang="vi">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Đăng nhập trình thiết kế quy trình</title>
              <style>
                body { font-family: "Liberation Sans", Arial, sans-serif; max-width: 420px; margin: 10vh auto; padding: 0 16px; }
                label, input, button { display: block; width: 100%; box-sizing: border-box; font: inherit; }
                input { margin: 6px 0 12px; padding: 6px; }
                button { padding: 8px; background: #0b4f8a; color: #fff; border: 0; border-radius: 3px; }
                .error { color: #b00020; }
              </style>
            </head>
            <body>
              <h1>Trình thiết kế quy trình</h1>
              <p>Dành cho quản trị viên. Dán khóa API quản trị để đăng nhập; phiên đăng nhập hết hạn sau 30 phút không dùng.</p>
              {{message}}
              <form method="post" action="{{DesignerPaths.SignIn}}">
                <input type="hidden" name="{{html.Encode(formField)}}" value="{{html.Encode(token)}}">
                <input type="hidden" name="returnUrl" value="{{html.Encode(returnUrl)}}">
                <label for="apiKey">Khóa API quản trị</label>
                <input id="apiKey" name="apiKey" type="password" autocomplete="off" required autofocus>
                <button type="submit">Đăng nhập</button>
              </form>
            </body>
            </html>
            """;
    }
}
