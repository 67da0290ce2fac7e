using System.Text;

namespace LaiChau.Host.Tests.Open311;

/// <summary>
/// The fuzz set of <c>POST requests</c>: bodies that are broken in the ways clients and attackers break them (found by
/// hand on 2026-12-07 and around them). Each carries a valid <c>api_key</c> where its shape lets it, so that only the
/// broken part can be the reason for the refusal.
/// </summary>
internal static class MalformedBodies
{
    public const string Boundary = "----lc-fuzz-7d1f";

    public sealed record Body(string Name, string ContentType, Func<string, byte[]> Bytes);

    public static IReadOnlyList<Body> All { get; } =
    [
        new("multipart-without-closing-boundary", Multipart(), key => Parts(key)),
        new("multipart-without-boundary-parameter", "multipart/form-data", key => [.. Parts(key), .. Close()]),
        new("multipart-with-empty-boundary", "multipart/form-data; boundary=\"\"", key => [.. Parts(key), .. Close()]),
        new("multipart-with-overlong-boundary", $"multipart/form-data; boundary={new string('b', 200)}", key => [.. Parts(key), .. Close()]),
        new("multipart-with-another-boundary", "multipart/form-data; boundary=not-the-one-used", key => [.. Parts(key), .. Close()]),
        new("multipart-cut-inside-headers", Multipart(), key => [.. Parts(key), .. Ascii($"--{Boundary}\r\nContent-Disposition: form-da")]),
        new("multipart-header-without-colon", Multipart(), key => [.. Ascii($"--{Boundary}\r\nthis is not a header\r\n\r\nx\r\n"), .. Parts(key), .. Close()]),
        new("multipart-section-without-disposition", Multipart(), key => [.. Ascii($"--{Boundary}\r\nContent-Type: text/plain\r\n\r\nx\r\n"), .. Parts(key), .. Close()]),
        new("multipart-file-cut-mid-content", Multipart(), key => [.. Parts(key), .. Ascii($"--{Boundary}\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"), 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
        new("multipart-empty-body", Multipart(), _ => []),
        new("urlencoded-nul-in-value", "application/x-www-form-urlencoded", key => Ascii(Form(key) + "&description=%C3%94%20g%C3%A0%00%20gi%E1%BB%AFa%20%C4%91%C6%B0%E1%BB%9Dng%20l%E1%BB%9Bn")),
        new("urlencoded-nul-in-key", "application/x-www-form-urlencoded", key => Ascii(Form(key) + "&descr%00iption=abc")),
        new("urlencoded-nul-alone", "application/x-www-form-urlencoded", key => Ascii($"api_key={key}&%00")),
        new("urlencoded-bad-percent-escape", "application/x-www-form-urlencoded", key => Ascii(Form(key) + "&description=%ZZ%")),
        new("urlencoded-invalid-utf8", "application/x-www-form-urlencoded", key => [.. Ascii(Form(key) + "&description="), 0xC3, 0x28, 0xFF, 0xFE]),
        new("urlencoded-control-characters", "application/x-www-form-urlencoded", key => Ascii(Form(key) + "&description=%1B%5B31m%07%08%7F%20xin%20ch%C3%A0o%20c%C3%A1c%20b%E1%BA%A1n")),
        new("json-declared-as-form", "application/x-www-form-urlencoded", key => Ascii($"{{\"api_key\":\"{key}\",\"service_code\":\"khac\"}}")),
    ];

    private static string Multipart() => $"multipart/form-data; boundary={Boundary}";

    /// <summary>A valid report's fields, url-encoded (the description is added by the cases that break it).</summary>
    private static string Form(string key) =>
        $"api_key={key}&service_code=khac&lat=22.43607&long=103.40046&first_name=An&last_name=Nguyen&phone=0912345678";

    private static byte[] Parts(string key)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in new[] { ("api_key", key), ("service_code", "khac"), ("lat", "22.43607"), ("long", "103.40046"),
            ("first_name", "An"), ("last_name", "Nguyen"), ("phone", "0912345678"), ("description", "O ga lon giua duong Tran Hung Dao") })
        {
            text.Append($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Close() => Ascii($"--{Boundary}--\r\n");

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
