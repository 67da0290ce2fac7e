using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Reports;

/// <summary>Issue 6 points 2 and 5: urgency, routing, duplicates, staff access, contact reveal and hiding — through HTTP.</summary>
public abstract class IntakeAndStaffTests : ProviderTestBase
{
    [Fact]
    public async Task R2_2_A_keyword_without_diacritics_makes_the_report_urgent_with_an_hours_deadline()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var now = LastHost.Clock.GetUtcNow();

        var code = await world.SubmitAsync(f => f["description"] = "chay nha o ban Phan Lin, khoi den rat nhieu");
        var report = await world.ReportAsync(code);
        var staff = await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");

        Assert.Equal(now.AddHours(4), DateTimeOffset.Parse(report.GetProperty("expected_datetime").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(staff.GetProperty("urgent").GetBoolean());
        Assert.Equal("keyword:chay nha", staff.GetProperty("urgentReason").GetString());
    }

    [Fact]
    public async Task R6_The_point_decides_the_lead_agency_and_a_differing_chosen_commune_is_flagged()
    {
        var world = await ReportWorld.StartAsync(NewHost());

        var code = await world.SubmitAsync(f =>
        {
            f["lat"] = "22.34811";
            f["long"] = "103.67062";
            f["attribute[commune]"] = "03388";
        });
        var staff = await world.As("minh.do").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");

        Assert.Equal("UBND-03390", staff.GetProperty("leadAgency").GetString());
        Assert.Equal("03390", staff.GetProperty("communeCode").GetString());
        Assert.Contains("ChosenCommuneDiffers", staff.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await world.As("an.nguyen").GetAsync($"/api/v1/reports/{code}")).StatusCode);
    }

    [Fact]
    public async Task R6_A_commune_without_a_focal_leader_hands_the_report_to_the_monitoring_centre()
    {
        var world = await ReportWorld.StartAsync(NewHost());

        var code = await world.SubmitAsync(f => f["attribute[commune]"] = "03424"); // point in Đoàn Kết wins; so send no point
        var onlyCommune = await world.SubmitAsync(f =>
        {
            f.Remove("lat");
            f.Remove("long");
            f["attribute[commune]"] = "03424";
        });
        var staff = await world.As("soc.officer").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{onlyCommune}");

        Assert.Equal("SOC-IOC", staff.GetProperty("leadAgency").GetString());
        Assert.Equal(["LeadAgencyNotReady"], staff.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("UBND-03388", (await world.As("soc.officer").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}")).GetProperty("leadAgency").GetString());
    }

    [Fact]
    public async Task R5_7_A_similar_report_nearby_is_linked_to_the_open_original_and_an_officer_confirms_it()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var original = await world.SubmitAsync();
        LastHost.Clock.Advance(TimeSpan.FromHours(3));

        var response = await world.Public.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key, f =>
        {
            f["phone"] = "0987654321";
            f["description"] = "O ga lon giua duong Tran Hung Dao, xe may rat de nga.";
            f["lat"] = "22.43650";
        })));
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        var code = created.GetProperty("service_request_id").GetString()!;
        await world.IdleAsync();
        var before = await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        var confirm = await world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{code}/duplicate", new { confirm = true });
        await world.IdleAsync(); // the process ends it as merged (R5.7)
        var after = await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        var audit = await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/audit");

        Assert.Contains($"trùng với {original}", created.GetProperty("service_notice").GetString(), StringComparison.Ordinal);
        Assert.Equal(original, before.GetProperty("duplicateOf").GetString());
        Assert.Equal("suggested", before.GetProperty("duplicateLink").GetString());
        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);
        Assert.Equal("confirmed", after.GetProperty("duplicateLink").GetString());
        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == "confirm-duplicate" && a.GetProperty("actor").GetString() == "an.nguyen");
    }

    [Fact]
    public async Task R5_7_A_different_matter_at_the_same_place_is_not_a_duplicate()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        await world.SubmitAsync();

        var code = await world.SubmitAsync(f =>
        {
            f["phone"] = "0987654321";
            f["description"] = "Cột điện nghiêng sát mái nhà dân, dây điện võng thấp.";
        });

        Assert.Equal(JsonValueKind.Null, (await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}")).GetProperty("duplicateOf").ValueKind);
    }

    [Fact]
    public async Task R5_5_Contact_is_masked_and_revealed_only_with_consent_or_to_the_monitoring_centre_and_every_reveal_is_audited()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var withoutConsent = await world.SubmitAsync();
        var withConsent = await world.SubmitAsync(f =>
        {
            f["attribute[contact_consent]"] = "true";
            f["description"] = "Cống thoát nước bị tắc, nước tràn ra đường mỗi khi mưa.";
        });

        var masked = await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{withoutConsent}");
        var refused = await world.As("an.nguyen").PostAsync($"/api/v1/reports/{withoutConsent}/contact", null);
        var allowed = await world.As("an.nguyen").PostAsync($"/api/v1/reports/{withConsent}/contact", null);
        var centre = await world.As("soc.officer").PostAsync($"/api/v1/reports/{withoutConsent}/contact", null);
        var audit = await world.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{withoutConsent}/audit");

        Assert.Equal("N. V. A.", masked.GetProperty("reporterName").GetString());
        Assert.Equal("091****678", masked.GetProperty("reporterPhone").GetString());
        Assert.Equal("a***@example.vn", masked.GetProperty("reporterEmail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("0912345678", (await allowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("phone").GetString());
        Assert.Equal("Nguyễn Văn An", (await centre.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        Assert.Equal(["soc.officer"], audit.EnumerateArray().Where(a => a.GetProperty("action").GetString() == "reveal-contact").Select(a => a.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task R9_Hiding_needs_a_reason_is_audited_leaves_public_view_and_stays_on_the_watch_list()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await world.SubmitAsync();

        var noReason = await world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{code}/hide", new { reason = "" });
        var otherAgency = await world.As("minh.do").PostAsJsonAsync($"/api/v1/reports/{code}/hide", new { reason = "Nội dung xúc phạm cá nhân (R5.6)." });
        var hidden = await world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{code}/hide", new { reason = "Nội dung xúc phạm cá nhân (R5.6)." });
        var publicView = await world.Public.GetAsync($"/open311/v2/requests/{code}.json");
        var watch = await world.As("soc.officer").GetFromJsonAsync<JsonElement>("/api/v1/watch-list");
        var audit = await world.As("soc.officer").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/audit");
        var tasks = await world.TasksAsync("an.nguyen", code);

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherAgency.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publicView.StatusCode);
        Assert.Contains(watch.GetProperty("reports").EnumerateArray(), r => r.GetProperty("code").GetString() == code && r.GetProperty("hidden").GetBoolean());
        var entry = audit.EnumerateArray().Single(a => a.GetProperty("action").GetString() == "hide");
        Assert.Equal("an.nguyen", entry.GetProperty("actor").GetString());
        Assert.Equal("Nội dung xúc phạm cá nhân (R5.6).", entry.GetProperty("detail").GetString());
        Assert.Contains(tasks, t => t.GetProperty("formKey").GetString() == "verify"); // the process keeps running
    }

    [Fact]
    public async Task R7_1b_A_state_secret_report_is_seen_only_by_leaders_and_the_centre_and_never_in_public()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await world.SubmitAsync();

        var byOfficer = await world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{code}/state-secret", new { secret = true, reason = "Liên quan công trình quốc phòng." });
        var byLeader = await world.As("lan.le").PostAsJsonAsync($"/api/v1/reports/{code}/state-secret", new { secret = true, reason = "Liên quan công trình quốc phòng." });
        var officerView = await world.As("an.nguyen").GetAsync($"/api/v1/reports/{code}");
        var leaderView = await world.As("lan.le").GetAsync($"/api/v1/reports/{code}");
        var centreView = await world.As("soc.officer").GetAsync($"/api/v1/reports/{code}");
        var publicView = await world.Public.GetAsync($"/open311/v2/requests/{code}.json");
        var audit = await world.As("lan.le").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/audit");

        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byLeader.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, officerView.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderView.StatusCode);
        Assert.Equal(HttpStatusCode.OK, centreView.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publicView.StatusCode);
        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == "mark-state-secret" && a.GetProperty("actor").GetString() == "lan.le");
    }

    [Fact]
    public async Task Staff_see_and_complete_only_their_agencys_tasks_and_the_monitoring_centre_sees_all()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var code = await world.SubmitAsync();

        var own = await world.TasksAsync("an.nguyen", code);
        var other = await world.TasksAsync("minh.do", code);
        var centre = await world.TasksAsync("soc.officer", code);
        var task = own.Single(t => t.GetProperty("formKey").GetString() == "verify");
        var foreignComplete = await world.As("minh.do").PostAsJsonAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/complete", new { variables = new { outcome = "accept" } });
        var centreComplete = await world.As("soc.officer").PostAsJsonAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/complete", new { variables = new { outcome = "accept" } });
        var outsider = await world.As("outsider").GetFromJsonAsync<JsonElement>("/api/v1/reports");
        var integration = await LastHost.CreateClient(world.Open311Key).GetAsync("/api/v1/reports");

        Assert.Equal(["agency:UBND-03388"], task.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Empty(other);
        Assert.Single(centre);
        Assert.Contains((int)foreignComplete.StatusCode, new[] { 403, 404 });
        Assert.Contains((int)centreComplete.StatusCode, new[] { 403, 404 });
        Assert.Empty(outsider.EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, integration.StatusCode);
    }
}

public sealed class SqliteIntakeAndStaffTests : IntakeAndStaffTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresIntakeAndStaffTests : IntakeAndStaffTests
{
    public PostgresIntakeAndStaffTests(PostgresDatabase database) => Postgres = database;
}
