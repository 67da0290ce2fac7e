using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Demo;

/// <summary>
/// Issue 19 point 9: <c>--demo</c> as a new user runs it — the real host process, its console, its sign-in page. A first
/// run seeds people and reports over the last months; a second finds them and adds nothing.
/// </summary>
public sealed partial class DemoModeTests
{
    private const string AdminKey = "lck_demo-test-administrator-key-0123456789";
    private static readonly TimeSpan SeedLimit = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task Demo_TwoStarts_SeedsOnceWithWorkInEveryView()
    {
        using var data = new TempDirectory();
        var first = await StartAsync(data.Path, "Demo: ready");
        var output = first.Host.StandardOutput;
        var reports = await ReportsAsync(first.Http);
        var users = await CountAsync(first.Http, "/api/v1/users");

        Assert.InRange(reports.Count, 30, 60);
        Assert.True(reports.Select(r => r.GetProperty("state").GetString()).Distinct().Count() >= 4, "reports in several of the process's states");
        var received = reports.Select(r => r.GetProperty("receivedAt").GetDateTimeOffset()).ToList();
        Assert.True(received.Max() - received.Min() > TimeSpan.FromDays(90), "reports spread over the last months");
        Assert.True(received.Max() <= DateTimeOffset.UtcNow, "nothing in the future");
        var password = Password(output, "soc.officer");
        using (var centre = await SignInAsync(first.Url, "soc.officer", password))
        {
            Assert.Contains("PA-", await centre.GetStringAsync("/trung-tam"), StringComparison.Ordinal);
        }

        using (var officer = await SignInAsync(first.Url, "an.nguyen", Password(output, "an.nguyen")))
        {
            Assert.Contains("PA-", await officer.GetStringAsync("/can-bo"), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await first.Http.GetAsync("/thong-ke")).StatusCode);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(data.Path, "logs")), f => File.ReadAllText(f).Contains(password, StringComparison.Ordinal));
        first.Dispose();

        var second = await StartAsync(data.Path, "Demo: already seeded");
        Assert.Equal(reports.Count, (await ReportsAsync(second.Http)).Count);
        Assert.Equal(users, await CountAsync(second.Http, "/api/v1/users"));
        Assert.DoesNotContain(PasswordLine().Matches(second.Host.StandardOutput), m => m.Success);
        second.Dispose();
    }

    private sealed record Started(HostProcess Host, HttpClient Http, string Url) : IDisposable
    {
        public void Dispose()
        {
            Http.Dispose();
            Host.Dispose();
        }
    }

    private static async Task<Started> StartAsync(string data, string awaited)
    {
        var url = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        var host = HostProcess.Start("--demo", "--urls", url, "--Storage:DataDirectory", data, "--Security:BootstrapApiKey", AdminKey);
        var seen = host.WaitForOutputAsync(awaited, SeedLimit);
        var failed = host.WaitForOutputAsync("Demo: seeding failed", SeedLimit);
        await Task.WhenAny(seen, failed);
        Assert.True(seen.IsCompletedSuccessfully && seen.Result, $"no \"{awaited}\" within {SeedLimit}. Output:\n{host.StandardOutput}\n{host.StandardError}");
        Assert.True(await host.WaitUntilListeningAsync(TimeSpan.FromMinutes(1)), host.StandardError);
        var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return new Started(host, http, url);
    }

    private static async Task<List<JsonElement>> ReportsAsync(HttpClient http) =>
        [.. (await http.GetFromJsonAsync<JsonElement>("/api/v1/reports?limit=500")).EnumerateArray()];

    private static async Task<int> CountAsync(HttpClient http, string path) => (await http.GetFromJsonAsync<JsonElement>(path)).GetArrayLength();

    private static string Password(string output, string user)
    {
        var line = PasswordLine().Matches(output).Single(m => m.Groups["user"].Value == user);
        return line.Groups["password"].Value;
    }

    private static async Task<HttpClient> SignInAsync(string url, string userName, string password)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(url) };
        var form = await client.GetStringAsync(StaffSignIn.SignInPath);
        var token = AntiforgeryField().Match(form);
        var response = await client.PostAsync(StaffSignIn.SignInPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["__af"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex(@"^\s+(?<user>[a-z.]+)\s+(?<password>[A-Za-z0-9]{16})\s", RegexOptions.Multiline)]
    private static partial Regex PasswordLine();

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
