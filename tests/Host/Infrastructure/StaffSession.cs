using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LaiChau.Host.Security.Accounts;

namespace LaiChau.Host.Tests.Infrastructure;

/// <summary>
/// Staff accounts of the web UI in host tests: made through <c>/api/v1/users</c> as an administrator would, and signed
/// in through the <c>/dang-nhap</c> form (antiforgery token and all), so the client carries the real staff cookie.
/// </summary>
internal static partial class StaffSession
{
    public const string Password = "Lai-chau-2026";

    public static async Task CreateAccountAsync(HostFactory host, string userName, params string[] roles)
    {
        using var admin = host.CreateClient(HostFactory.AdminKey);
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName, displayName = userName, password = Password, roles });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A client holding the account's staff cookie (the client keeps cookies; it never follows redirects).</summary>
    public static async Task<HttpClient> SignInAsync(HostFactory host, string userName)
    {
        var client = host.CreateClient(apiKey: null);
        var form = await client.GetStringAsync(StaffSignIn.SignInPath);
        var token = AntiforgeryField().Match(form);
        Assert.True(token.Success, "the sign-in form carries an antiforgery token");
        var response = await client.PostAsync(StaffSignIn.SignInPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = Password,
            ["__af"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Where a redirect leads, as a local path and query (the cookie handlers write absolute addresses).</summary>
    public static string? RedirectedTo(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery
        : location.OriginalString;

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
