using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LaiChau.PageTimings;

/// <summary>The people and reports of the timing run, made through the host's APIs as an administrator would.</summary>
internal sealed partial class World(Uri baseUrl, HttpClient admin)
{
    public const string Password = "Page-timings-2026";

    private static readonly string[] Texts =
    [
        "Ổ gà lớn giữa đường, xe máy dễ ngã khi trời mưa",
        "Đèn đường không sáng từ ba hôm nay, đi lại buổi tối nguy hiểm",
        "Rác thải đổ bừa bãi ven suối, bốc mùi khó chịu",
        "Cống thoát nước bị tắc, nước tràn ra mặt đường",
    ];

    public static async Task<World> PrepareAsync(Uri baseUrl, string adminKey)
    {
        var admin = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        admin.DefaultRequestHeaders.Add("X-Api-Key", adminKey);
        for (var i = 0; !await HealthyAsync(admin); i++)
        {
            if (i > 120)
            {
                throw new InvalidOperationException("The host did not become healthy within 60 s.");
            }

            await Task.Delay(500);
        }

        var world = new World(baseUrl, admin);
        await world.AgencyAsync("UBND-03388", "Ủy ban nhân dân phường Đoàn Kết", "03388", ("lan.le", "leader"), ("an.nguyen", "officer"));
        await world.AgencyAsync("SOC-IOC", "Trung tâm Giám sát, điều hành thông minh", null, ("soc.leader", "leader"), ("soc.officer", "officer"));
        foreach (var user in new[] { "lan.le", "an.nguyen", "soc.leader", "soc.officer" })
        {
            await world.AccountAsync(user, []);
        }

        await world.AccountAsync("quan.tri", ["Administrator"]);
        return world;
    }

    /// <summary>Reports spread over phường Đoàn Kết, categories and reporters (8 side by side); returns their codes.</summary>
    public async Task<List<string>> SeedAsync(int count)
    {
        var key = await admin.PostAsJsonAsync("api/v1/api-keys", new { name = "page-timings", role = "Integration" });
        key.EnsureSuccessStatusCode();
        var apiKey = (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var codes = new List<string>(count);
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, ct) =>
        {
            using var response = await http.PostAsync("open311/v2/requests.json", new FormUrlEncodedContent(Form(apiKey, n)), ct);
            if (response.IsSuccessStatusCode)
            {
                var code = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement[0].GetProperty("service_request_id").GetString()!;
                lock (codes)
                {
                    codes.Add(code);
                }
            }
        });
        return codes;
    }

    /// <summary>A client signed in through the form as <paramref name="user"/> (cookies kept), or a citizen's when empty.</summary>
    public async Task<HttpClient> ClientAsync(string user)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (user.Length == 0)
        {
            return client;
        }

        var form = await client.GetStringAsync("dang-nhap");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = WebUtility.HtmlDecode(token), ["userName"] = user, ["password"] = Password,
        }));
        return response.StatusCode == HttpStatusCode.Redirect
            ? client
            : throw new InvalidOperationException($"{user} could not sign in ({(int)response.StatusCode}).");
    }

    private static Dictionary<string, string> Form(string key, int n) => new()
    {
        ["api_key"] = key,
        // Categories without required media (Open311 here posts no photo); one in ten urgent (R2.2).
        ["service_code"] = n % 10 == 0 ? "sat-lo" : "khac",
        // A grid of about 2 km over phường Đoàn Kết: neighbours are rarely duplicates of each other.
        ["lat"] = (22.4280 + n % 50 * 0.0004).ToString("F6", CultureInfo.InvariantCulture),
        ["long"] = (103.3900 + n / 50 % 50 * 0.0004).ToString("F6", CultureInfo.InvariantCulture),
        ["first_name"] = "Văn An",
        ["last_name"] = "Nguyễn",
        ["phone"] = string.Create(CultureInfo.InvariantCulture, $"09{n:00000000}"),
        ["email"] = "reporter@example.vn",
        ["description"] = $"{Texts[n % Texts.Length]} (số {n})",
    };

    private async Task AgencyAsync(string code, string name, string? unit, params (string User, string Role)[] members)
    {
        var kind = (await admin.GetFromJsonAsync<JsonElement>($"api/v1/agencies/{code}")).GetProperty("kind").GetString();
        var response = await admin.PutAsJsonAsync($"api/v1/agencies/{code}", new
        {
            name, kind, unitCode = unit, active = true,
            members = members.Select((m, i) => new { userId = m.User, fullName = m.User, role = m.Role, focalLeader = i == 0 }).ToArray(),
        });
        response.EnsureSuccessStatusCode();
    }

    private async Task AccountAsync(string user, string[] roles)
    {
        var response = await admin.PostAsJsonAsync("api/v1/users", new { userName = user, displayName = user, password = Password, roles });
        response.EnsureSuccessStatusCode();
    }

    private static async Task<bool> HealthyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("health")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    [GeneratedRegex("""name="__af" type="hidden" value="([^"]+)"|type="hidden" name="__af" value="([^"]+)""")]
    private static partial Regex AntiforgeryToken();
}
