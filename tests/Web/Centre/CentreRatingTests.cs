using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Web.Tests.Infrastructure;

namespace LaiChau.Web.Tests.Centre;

[Collection(WebCollection.Name)]
public sealed class CentreRatingTests(WebFixture web)
{
    [Fact]
    public async Task R8_3_Centre_AfterAnUnsatisfiedRatingThroughTheApi_CountsItAndListsTheReport()
    {
        var world = web.World;
        var code = await world.SubmitAsync("Rác thải đổ bừa bãi cạnh chợ trung tâm, bốc mùi hôi thối nhiều ngày.");
        using var officer = web.Host.CreateApiClient(await KeyAsync("an.nguyen"));
        using var leader = web.Host.CreateApiClient(await KeyAsync("lan.le"));
        await CompleteAsync(officer, code, "verify", new { outcome = "accept" });
        await CompleteAsync(leader, code, "direct", new { instructions = "Xử lý ngay." });
        await CompleteAsync(officer, code, "record-result", new { result = "Đã thu gom rác và nhắc nhở các hộ kinh doanh." });
        await CompleteAsync(leader, code, "approve-result", new { decision = "approve" });

        var page = await web.NewPageAsync();
        await page.SignInAsync("soc.officer", returnUrl: "/trung-tam");
        var before = int.Parse(await page.Locator("#rating-unsatisfied").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        using var app = web.Host.CreateApiClient(world.Open311Key);
        var rated = await app.PostAsJsonAsync($"/api/v1/reports/{code}/feedback", new { phone = "0912 345 678", kind = "rating", rating = "Không hài lòng" });
        Assert.True(rated.IsSuccessStatusCode, await rated.Content.ReadAsStringAsync());
        await world.IdleAsync();
        await page.GotoAsync("/trung-tam");

        Assert.Equal(before + 1, int.Parse(await page.Locator("#rating-unsatisfied").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, await page.Locator($"#unsatisfied a[href='/can-bo/ho-so/{code}']").CountAsync());
    }

    private async Task<string> KeyAsync(string user)
    {
        var response = await web.World.Admin.PostAsJsonAsync("/api/v1/api-keys", new { name = user, role = "Staff" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private async Task CompleteAsync(HttpClient user, string code, string elementId, object variables)
    {
        var instances = await web.World.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/instances?businessKey={code}");
        var instance = instances.GetProperty("items")[0].GetProperty("id").GetGuid();
        var tasks = await user.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?instanceId={instance}&state=created");
        var task = tasks.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("formKey").GetString() == elementId);
        var response = await user.PostAsJsonAsync($"/api/v1/tasks/{task.GetProperty("id").GetGuid()}/complete", new { variables });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await web.World.IdleAsync();
    }
}
