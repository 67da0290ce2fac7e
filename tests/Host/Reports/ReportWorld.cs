using LaiChau.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Workflows;
using LaiChau.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Reports;

/// <summary>
/// A host with the shipped field-report process and people to work it: phường Đoàn Kết's People's Committee
/// (UBND-03388: leader lan.le, officer an.nguyen), xã Bình Lư's (UBND-03390: leader hoa.vu, officer minh.do), the
/// monitoring centre (SOC-IOC: soc.officer) and the provincial committee (UBND-TINH: tinh.officer, leader tinh.leader);
/// an Open311 client key and a personal key per person. Work is driven only through HTTP.
/// </summary>
internal sealed class ReportWorld
{
    /// <summary>Inside phường Đoàn Kết's (approximate) boundary.</summary>
    public const double DoanKetLat = 22.43607, DoanKetLon = 103.40046;

    /// <summary>Inside xã Bình Lư.</summary>
    public const double BinhLuLat = 22.34811, BinhLuLon = 103.67062;

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    private ReportWorld(HostFactory host) => Host = host;

    public HostFactory Host { get; }

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Public { get; private set; } = null!;

    public string Open311Key { get; private set; } = "";

    /// <summary>The client app's key (LaiChau-S): Open311 and the reporter's feedback.</summary>
    public HttpClient Integration { get; private set; } = null!;

    public WorkflowEngine Engine => Host.Services.GetRequiredService<WorkflowEngine>();

    public HttpClient As(string userId) => _clients[userId];

    public static async Task<ReportWorld> StartAsync(HostFactory host)
    {
        var world = new ReportWorld(host) { Admin = host.CreateClient(HostFactory.AdminKey), Public = host.CreateClient(apiKey: null) };
        await world.AgencyAsync("UBND-03388", ("lan.le", "leader", true), ("an.nguyen", "officer", false));
        await world.AgencyAsync("UBND-03390", ("hoa.vu", "leader", true), ("minh.do", "officer", false));
        await world.AgencyAsync("SOC-IOC", ("soc.leader", "leader", true), ("soc.officer", "officer", false));
        await world.AgencyAsync("UBND-TINH", ("tinh.leader", "leader", true), ("tinh.officer", "officer", false));
        world.Open311Key = await world.KeyAsync("laichau-s app", "Integration");
        world.Integration = host.CreateClient(world.Open311Key);
        foreach (var user in new[] { "lan.le", "an.nguyen", "hoa.vu", "minh.do", "soc.leader", "soc.officer", "tinh.leader", "tinh.officer", "outsider" })
        {
            world._clients[user] = host.CreateClient(await world.KeyAsync(user, "Staff"));
        }

        return world;
    }

    /// <summary>R7.3: an agency's own resolution limit, set through the API as an administrator would.</summary>
    public async Task<HttpResponseMessage> SetLimitAsync(string code, int workingDays)
    {
        var current = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{code}");
        var body = new
        {
            name = current.GetProperty("name").GetString(),
            kind = current.GetProperty("kind").GetString(),
            unitCode = current.TryGetProperty("unitCode", out var unit) ? unit.GetString() : null,
            active = current.GetProperty("active").GetBoolean(),
            members = current.GetProperty("members"),
            resolutionWorkingDays = workingDays,
        };
        return await Admin.PutAsJsonAsync($"/api/v1/agencies/{code}", body);
    }

    private async Task AgencyAsync(string code, params (string User, string Role, bool Focal)[] members)
    {
        var current = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{code}");
        var body = new
        {
            name = current.GetProperty("name").GetString(),
            kind = current.GetProperty("kind").GetString(),
            unitCode = current.TryGetProperty("unitCode", out var unit) ? unit.GetString() : null,
            active = true,
            members = members.Select(m => new { userId = m.User, fullName = m.User, role = m.Role, focalLeader = m.Focal }).ToArray(),
        };
        var response = await Admin.PutAsJsonAsync($"/api/v1/agencies/{code}", body);
        response.EnsureSuccessStatusCode();
    }

    private async Task<string> KeyAsync(string name, string role)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/api-keys", new { name, role });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    /// <summary>A valid report in phường Đoàn Kết; <paramref name="change"/> edits or removes fields.</summary>
    public static Dictionary<string, string> Form(string key, Action<Dictionary<string, string>>? change = null)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["api_key"] = key,
            ["service_code"] = "khac",
            ["lat"] = "22.43607",
            ["long"] = "103.40046",
            ["address_string"] = "Đường Trần Hưng Đạo, phường Đoàn Kết",
            ["first_name"] = "Văn An",
            ["last_name"] = "Nguyễn",
            ["phone"] = "0912 345 678",
            ["email"] = "an.nguyen@example.vn",
            ["description"] = "Ổ gà lớn giữa đường Trần Hưng Đạo, xe máy rất dễ ngã khi trời mưa.",
        };
        change?.Invoke(form);
        return form;
    }

    /// <summary>Posts a report through Open311 and returns its code.</summary>
    public async Task<string> SubmitAsync(Action<Dictionary<string, string>>? change = null)
    {
        var response = await Public.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(Form(Open311Key, change)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var code = JsonDocument.Parse(body).RootElement[0].GetProperty("service_request_id").GetString()!;
        await IdleAsync();
        return code;
    }

    /// <summary>Lets this host's job workers finish what is ready (real-time bound; business time does not move).</summary>
    public async Task IdleAsync()
    {
        if (!await Host.Services.GetRequiredService<WorkerActivity>().WaitUntilIdleAsync(TimeSpan.FromSeconds(30), default))
        {
            using var scope = Host.Services.CreateScope();
            var jobs = await scope.ServiceProvider.GetRequiredService<LaiChau.Host.Data.AppDbContext>().Set<LaiChau.Workflows.Engine.Rows.JobRow>()
                .AsNoTracking().Select(j => $"{j.Type}@{j.ElementId} retries {j.Retries} after {j.RunAfter:O} lease {j.LeaseExpiresAt:O} error {j.LastError}")
                .ToListAsync();
            Assert.Fail($"The workers are not idle after 30 s (clock {Host.Clock.GetUtcNow():O}); jobs: {string.Join("; ", jobs)}");
        }
    }

    /// <summary>Moves business time, fires what fell due, and lets the workers finish.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant)
    {
        Host.Clock.SetUtcNow(instant.ToUniversalTime()); // Npgsql writes only UTC instants
        await Engine.Timers().FireDueTimersAsync();
        await IdleAsync();
    }

    /// <summary>The open tasks of a report as a user sees them through the API.</summary>
    public async Task<List<JsonElement>> TasksAsync(string user, string code)
    {
        var instance = await InstanceAsync(code);
        var page = await As(user).GetFromJsonAsync<JsonElement>($"/api/v1/tasks?instanceId={instance}&state=created");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public async Task<JsonElement> ReportAsync(string code) =>
        JsonDocument.Parse(await Public.GetStringAsync($"/open311/v2/requests/{code}.json")).RootElement[0];

    private async Task<Guid> InstanceAsync(string code)
    {
        var page = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/instances?businessKey={code}");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>Completes the task of a report with the given form through the API as the user (tasks are named by their form, never by element id).</summary>
    public async Task<HttpResponseMessage> CompleteAsync(string user, string code, string formId, object variables)
    {
        var task = (await TasksAsync(user, code)).Single(t => t.GetProperty("formKey").GetString() == formId);
        var response = await As(user).PostAsJsonAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/complete", new { variables });
        await IdleAsync();
        return response;
    }

    /// <summary>As <see cref="CompleteAsync"/>, as multipart/form-data: the variables as JSON and files under their file field's key.</summary>
    public async Task<HttpResponseMessage> CompleteWithFilesAsync(
        string user, string code, string formId, object variables, params (string Field, string FileName, byte[] Content)[] files)
    {
        var task = (await TasksAsync(user, code)).Single(t => t.GetProperty("formKey").GetString() == formId);
        using var body = new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(variables)), "variables" } };
        foreach (var (field, fileName, content) in files)
        {
            body.Add(new ByteArrayContent(content), field, fileName);
        }

        var response = await As(user).PostAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/complete", body);
        await IdleAsync();
        return response;
    }
}
