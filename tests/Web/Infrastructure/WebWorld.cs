using System.Net.Http.Json;
using System.Text.Json;

namespace LaiChau.Web.Tests.Infrastructure;

/// <summary>
/// The people of the browser tests, made through the APIs as an administrator would: phường Đoàn Kết's People's
/// Committee (UBND-03388: leader lan.le, officer an.nguyen), xã Bình Lư's (UBND-03390: leader hoa.vu, officer minh.do),
/// the monitoring centre (SOC-IOC: soc.leader, soc.officer), the provincial committee (UBND-TINH: tinh.leader,
/// tinh.officer), an account in no agency (outsider) and an administrator account (quan.tri); every account has
/// <see cref="Password"/> and the e-mail <see cref="Email"/> (so a focal leader can be chased). An Open311 client key
/// submits reports like a citizen's app.
/// </summary>
public sealed class WebWorld
{
    public const string Password = "Lai-chau-2026";

    /// <summary>The e-mail address of a test person's account.</summary>
    public static string Email(string user) => $"{user}@laichau.example.vn";

    /// <summary>Inside phường Đoàn Kết's (approximate) boundary.</summary>
    public const double DoanKetLat = 22.43607, DoanKetLon = 103.40046;

    private WebWorld(WebHost host, HttpClient admin)
    {
        Host = host;
        Admin = admin;
    }

    public WebHost Host { get; }

    public HttpClient Admin { get; }

    public string Open311Key { get; private set; } = "";

    public static async Task<WebWorld> StartAsync(WebHost host)
    {
        var world = new WebWorld(host, host.CreateApiClient(WebHost.AdminKey));
        await world.AgencyAsync("UBND-03388", ("lan.le", "Lê Thị Lan", "leader", true), ("an.nguyen", "Nguyễn Văn An", "officer", false));
        await world.AgencyAsync("UBND-03390", ("hoa.vu", "Vũ Thị Hoa", "leader", true), ("minh.do", "Đỗ Văn Minh", "officer", false));
        await world.AgencyAsync("SOC-IOC", ("soc.leader", "Trần Văn Sóc", "leader", true), ("soc.officer", "Phạm Thị Giám", "officer", false));
        await world.AgencyAsync("UBND-TINH", ("tinh.leader", "Hoàng Văn Tỉnh", "leader", true), ("tinh.officer", "Lò Thị Tỉnh", "officer", false));
        foreach (var user in new[] { "lan.le", "an.nguyen", "hoa.vu", "minh.do", "soc.leader", "soc.officer", "tinh.leader", "tinh.officer", "outsider" })
        {
            await world.AccountAsync(user, roles: []);
        }

        await world.AccountAsync("quan.tri", roles: ["Administrator"]);
        var key = await world.Admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "laichau-s app", role = "Integration" });
        key.EnsureSuccessStatusCode();
        world.Open311Key = (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        return world;
    }

    /// <summary>Posts a report through Open311 (as a citizen's app) and returns its code once the receipt work is done.</summary>
    public async Task<string> SubmitAsync(string description = "Ổ gà lớn giữa đường Trần Hưng Đạo, xe máy rất dễ ngã khi trời mưa.")
    {
        var form = new Dictionary<string, string>
        {
            ["api_key"] = Open311Key, ["service_code"] = "khac", ["lat"] = "22.43607", ["long"] = "103.40046",
            ["address_string"] = "Đường Trần Hưng Đạo, phường Đoàn Kết", ["first_name"] = "Văn Bình", ["last_name"] = "Trần",
            ["phone"] = "0912 345 678", ["email"] = "binh.tran@example.vn", ["description"] = description,
        };
        using var client = Host.CreateApiClient(apiKey: null);
        var response = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        await IdleAsync();
        return JsonDocument.Parse(body).RootElement[0].GetProperty("service_request_id").GetString()!;
    }

    /// <summary>Moves the host's controlled clock forward (ISO duration such as P6D) and lets due work finish.</summary>
    public async Task AdvanceAsync(string duration)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/testing/clock", new { advance = duration });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task IdleAsync()
    {
        var response = await Admin.PostAsync("/api/v1/testing/idle", content: null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task AccountAsync(string user, string[] roles)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/users", new { userName = user, displayName = user, email = Email(user), password = Password, roles });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Makes an agency ready (active, these members, one focal leader) through the API.</summary>
    public async Task AgencyAsync(string code, params (string User, string Name, string Role, bool Focal)[] members)
    {
        var current = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{code}");
        var body = new
        {
            name = current.GetProperty("name").GetString(),
            kind = current.GetProperty("kind").GetString(),
            unitCode = current.TryGetProperty("unitCode", out var unit) ? unit.GetString() : null,
            active = true,
            members = members.Select(m => new { userId = m.User, fullName = m.Name, role = m.Role, focalLeader = m.Focal }).ToArray(),
        };
        var response = await Admin.PutAsJsonAsync($"/api/v1/agencies/{code}", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
