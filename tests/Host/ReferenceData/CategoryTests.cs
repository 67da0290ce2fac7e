using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.ReferenceData;

/// <summary>Issue 6 point 1: report categories — shipped, urgent ones (R2.2), routing to a department (R6).</summary>
public abstract class CategoryTests : ProviderTestBase
{
    private const string Categories = "/api/v1/categories";

    private static readonly string[] ShippedCodes =
        ["duong-hu-hong", "lan-chiem", "den-chieu-sang", "cap-thoat-nuoc", "rac-thai", "sat-lo", "chay-no", "tai-nan", "an-ninh", "khac"];

    [Fact]
    public async Task Shipped_R2_2_UrgentKinds_AreMarkedUrgent_AndNeedNoMedia()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var all = (await client.GetFromJsonAsync<JsonElement>(Categories)).EnumerateArray().ToList();

        // Other tests on the shared PostgreSQL database may have added categories: look at the shipped ones only.
        var shipped = all.Where(c => ShippedCodes.Contains(c.GetProperty("code").GetString())).ToList();
        Assert.Equal(10, shipped.Count);
        var urgent = shipped.Where(c => c.GetProperty("urgent").GetBoolean()).Select(c => c.GetProperty("code").GetString()).Order().ToList();
        Assert.Equal(["an-ninh", "chay-no", "sat-lo", "tai-nan"], urgent);
        Assert.All(shipped.Where(c => c.GetProperty("urgent").GetBoolean()), c => Assert.Equal("none", c.GetProperty("requiredMedia").GetString()));
    }

    [Fact]
    public async Task Category_RoutedToADepartment_OnlyWhenTheDepartmentExists()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);
        var body = new { name = "Cấp nước sinh hoạt", group = "Hạ tầng", urgent = false, requiredMedia = "photo", routeToAgencyCode = "SO-XD" };

        var before = await client.PutAsJsonAsync($"{Categories}/nuoc-sach-test", body);
        await client.PutAsJsonAsync("/api/v1/agencies/SO-XD", new
        {
            name = "Sở Xây dựng",
            kind = "department",
            active = true,
            members = new[] { new { userId = "hoa.pham", fullName = "Phạm Thị Hoa", role = "leader", focalLeader = true } },
        });
        var after = await client.PutAsJsonAsync($"{Categories}/nuoc-sach-test", body);

        var problem = await ProblemAssert.IsProblemAsync(before, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("routeToAgencyCode", out _));
        Assert.True(after.IsSuccessStatusCode, $"{after.StatusCode}");
        Assert.Equal("SO-XD", (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("routeToAgencyCode").GetString());
    }

    [Fact]
    public async Task Category_Deactivated_LeavesTheList_ButNotTheHistory()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var created = await client.PutAsJsonAsync($"{Categories}/cay-xanh", new { name = "Cây xanh gãy đổ", group = "Môi trường", urgent = false, requiredMedia = "photo" });
        await client.PutAsJsonAsync($"{Categories}/cay-xanh", new { name = "Cây xanh gãy đổ", group = "Môi trường", urgent = false, requiredMedia = "photo", active = false });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>(Categories)).EnumerateArray(), c => c.GetProperty("code").GetString() == "cay-xanh");
        Assert.Contains((await client.GetFromJsonAsync<JsonElement>($"{Categories}?all=true")).EnumerateArray(), c => c.GetProperty("code").GetString() == "cay-xanh");
    }

    [Theory]
    [InlineData("Rác", """{ "name": "A", "group": "B" }""", "code")]
    [InlineData("rac-thai", """{ "group": "B" }""", "name")]
    [InlineData("rac-thai", """{ "name": "A", "group": "B", "requiredMedia": "audio" }""", "requiredMedia")]
    // (refused requests change nothing, so the shipped rows stay as they are)
    public async Task BadCategory_IsRefused_NamingTheField(string code, string json, string field)
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await client.PutAsync($"{Categories}/{Uri.EscapeDataString(code)}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}

public sealed class SqliteCategoryTests : CategoryTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCategoryTests : CategoryTests
{
    public PostgresCategoryTests(PostgresDatabase database) => Postgres = database;
}
