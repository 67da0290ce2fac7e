using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Security.Staff;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Security;

/// <summary>
/// Agency memberships give staff their groups (StaffClaims): read once per request however many times the request
/// authenticates, and read again by the next request, so a removed officer loses access at once.
/// </summary>
public abstract class StaffClaimsTests : ProviderTestBase
{
    [Fact]
    public async Task Memberships_AreReadOncePerRequest_ThoughThePagePolicyAuthenticatesAgain()
    {
        var counter = new CommandCounter(StaffClaims.QueryTag);
        var host = NewHost().WithServices(counter.Install);
        await StaffSession.CreateAccountAsync(host, "quan.tri", StaffRoles.Administrator);
        using var browser = await StaffSession.SignInAsync(host, "quan.tri");

        var before = counter.Count;
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/quan-tri")).StatusCode); // default scheme, then web:admin's
        Assert.Equal(1, counter.Count - before);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/quan-tri")).StatusCode);
        Assert.Equal(2, counter.Count - before);

        browser.DefaultRequestHeaders.Add("X-Requested-With", "laichau-designer");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/designer/definitions")).StatusCode); // inner cookie, then the session
        Assert.Equal(3, counter.Count - before);
    }

    [Fact]
    public async Task Officer_RemovedFromTheAgency_LosesTheInboxAtTheNextRequest()
    {
        var host = NewHost();
        using var admin = host.CreateClient(HostFactory.AdminKey);
        await StaffSession.CreateAccountAsync(host, "an.nguyen");
        await MembersAsync(admin, ("lan.le", "leader", true), ("an.nguyen", "officer", false));
        using var officer = await StaffSession.SignInAsync(host, "an.nguyen");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/can-bo")).StatusCode);

        await MembersAsync(admin, ("lan.le", "leader", true));

        var refused = await officer.GetAsync("/can-bo");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith(StaffSignIn.AccessDeniedPath, StaffSession.RedirectedTo(refused), StringComparison.Ordinal);
    }

    private static async Task MembersAsync(HttpClient admin, params (string User, string Role, bool Focal)[] members)
    {
        const string code = "UBND-03388";
        var current = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/agencies/{code}");
        var response = await admin.PutAsJsonAsync($"/api/v1/agencies/{code}", new
        {
            name = current.GetProperty("name").GetString(),
            kind = current.GetProperty("kind").GetString(),
            unitCode = current.TryGetProperty("unitCode", out var unit) ? unit.GetString() : null,
            active = true,
            members = members.Select(m => new { userId = m.User, fullName = m.User, role = m.Role, focalLeader = m.Focal }).ToArray(),
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteStaffClaimsTests : StaffClaimsTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStaffClaimsTests : StaffClaimsTests
{
    public PostgresStaffClaimsTests(PostgresDatabase database) => Postgres = database;
}
