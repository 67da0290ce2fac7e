using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Security;

public abstract class ApiKeyTests : ProviderTestBase
{
    private const string Keys = "/api/v1/api-keys";

    [Fact]
    public async Task Request_WithoutKey_Is401ProblemWithChallenge()
    {
        using var client = NewHost().CreateClient(apiKey: null);

        var response = await client.GetAsync(Keys);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains(ApiKeyRules.HeaderName, problem.GetProperty("detail").GetString());
        Assert.Equal("ApiKey", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Request_WithUnknownKey_Is401SayingTheKeyIsNotValid()
    {
        using var client = NewHost().CreateClient("lck_not-a-real-key-000000000000000000000000");

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync(Keys), HttpStatusCode.Unauthorized);

        Assert.Contains("not valid", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Administrator_CreatesIntegrationKey_WhichWorksButMayNotAdminister()
    {
        var host = NewHost();
        using var admin = host.CreateClient(HostFactory.AdminKey);

        var created = await CreateAsync(admin, "LaiChau-S mobile app", "Integration");
        using var integration = host.CreateClient(created.GetProperty("key").GetString());

        var current = await integration.GetFromJsonAsync<JsonElement>($"{Keys}/current");
        Assert.Equal("LaiChau-S mobile app", current.GetProperty("name").GetString());
        Assert.Equal("Integration", current.GetProperty("role").GetString());
        Assert.False(current.TryGetProperty("key", out _), "the key is shown only once, at creation");
        await ProblemAssert.IsProblemAsync(await integration.GetAsync(Keys), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Create_StampsTheClockTimeAndLists()
    {
        var host = NewHost();
        using var admin = host.CreateClient(HostFactory.AdminKey);
        host.Clock.SetVietnamTime(2026, 5, 4, 9, 30);

        var created = await CreateAsync(admin, "reporting robot", "integration");

        Assert.Equal(host.Clock.GetUtcNow(), created.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal("Integration", created.GetProperty("role").GetString());
        var list = await admin.GetFromJsonAsync<JsonElement>(Keys);
        Assert.Equal(["reporting robot", "bootstrap administrator"], list.EnumerateArray().Select(k => k.GetProperty("name").GetString()));
        Assert.All(list.EnumerateArray(), k => Assert.False(k.TryGetProperty("hash", out _)));
    }

    [Fact]
    public async Task Create_WithBadFields_Is400NamingEachField()
    {
        using var admin = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await admin.PostAsJsonAsync(Keys, new { name = "  ", role = "Superuser" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("required", errors.GetProperty("name")[0].GetString());
        Assert.Contains("Administrator, Integration", errors.GetProperty("role")[0].GetString());
        Assert.Single((await admin.GetFromJsonAsync<JsonElement>(Keys)).EnumerateArray());
    }

    [Fact]
    public async Task Create_WithMalformedJson_Is400ThatPointsAtTheJson()
    {
        using var admin = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await admin.PostAsync(Keys, new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_WithUnknownProperty_Is400()
    {
        using var admin = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await admin.PostAsJsonAsync(Keys, new { name = "x", role = "Integration", rights = "all" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("rights", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Revoke_Key_StopsItAtOnce()
    {
        var host = NewHost();
        using var admin = host.CreateClient(HostFactory.AdminKey);
        var created = await CreateAsync(admin, "old integration", "Integration");
        using var integration = host.CreateClient(created.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, (await integration.GetAsync($"{Keys}/current")).StatusCode);

        var revoke = await admin.DeleteAsync($"{Keys}/{created.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await ProblemAssert.IsProblemAsync(await integration.GetAsync($"{Keys}/current"), HttpStatusCode.Unauthorized);
        var listed = (await admin.GetFromJsonAsync<JsonElement>(Keys)).EnumerateArray().First(k => k.GetProperty("name").GetString() == "old integration");
        Assert.Equal(host.Clock.GetUtcNow(), listed.GetProperty("revokedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Revoke_LastAdministratorKey_Is409AndTheKeyStillWorks()
    {
        using var admin = NewHost().CreateClient(HostFactory.AdminKey);
        var current = await admin.GetFromJsonAsync<JsonElement>($"{Keys}/current");

        var response = await admin.DeleteAsync($"{Keys}/{current.GetProperty("id").GetGuid()}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(Keys)).StatusCode);
    }

    [Fact]
    public async Task Revoke_UnknownKey_Is404()
    {
        using var admin = NewHost().CreateClient(HostFactory.AdminKey);

        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync($"{Keys}/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnknownRoute_WithKey_Is404Problem()
    {
        using var admin = NewHost().CreateClient(HostFactory.AdminKey);

        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> CreateAsync(HttpClient admin, string name, string role)
    {
        var response = await admin.PostAsJsonAsync(Keys, new { name, role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith(ApiKeyRules.KeyPrefix, body.GetProperty("key").GetString());
        Assert.Equal($"{Keys}/{body.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        return body;
    }
}

public sealed class SqliteApiKeyTests : ApiKeyTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresApiKeyTests : ApiKeyTests
{
    public PostgresApiKeyTests(PostgresDatabase database) => Postgres = database;
}
