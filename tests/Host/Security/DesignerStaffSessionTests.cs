using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Workflows;
using LaiChau.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Security;

/// <summary>
/// ADR 0013: an administrator's staff cookie opens the designer and its API calls — with the designer header on unsafe
/// requests, the account read again on every request — and no other API.
/// </summary>
public abstract class DesignerStaffSessionTests : ProviderTestBase
{
    private const string Header = "X-Requested-With", HeaderValue = "laichau-designer";

    [Fact]
    public async Task AdministratorAccount_WithTheDesignerHeader_ListsAndDeploysAsTheirUserName()
    {
        var host = NewHost();
        await StaffSession.CreateAccountAsync(host, "quan.tri", StaffRoles.Administrator);
        using var designer = Designer(await StaffSession.SignInAsync(host, "quan.tri"));
        using var key = host.CreateClient(HostFactory.AdminKey);

        var deployed = await Deploy(designer, Processes.Approval("by_staff"));
        await Deploy(key, Processes.Approval("by_key"));

        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        var list = await designer.GetFromJsonAsync<JsonElement>("/api/v1/designer/definitions");
        Assert.Equal("quan.tri", DeployedBy(list, "by_staff"));
        Assert.Equal("bootstrap administrator", DeployedBy(list, "by_key")); // a key's name, as before
        Assert.Equal(HttpStatusCode.OK, (await designer.GetAsync("/api/v1/definitions/by_staff/versions/1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await designer.GetAsync($"/api/v1/incidents?instanceId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync($"/api/v1/instances/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task AdministratorAccount_UnsafeCallWithoutTheDesignerHeader_Is401AndDeploysNothing()
    {
        var host = NewHost();
        await StaffSession.CreateAccountAsync(host, "quan.tri", StaffRoles.Administrator);
        using var browser = await StaffSession.SignInAsync(host, "quan.tri");

        var response = await Deploy(browser, Processes.Approval("forged"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/designer/definitions")).StatusCode); // a GET needs no header
        var list = await Designer(browser).GetFromJsonAsync<JsonElement>("/api/v1/definitions");
        Assert.DoesNotContain(list.EnumerateArray(), d => d.GetProperty("key").GetString() == "forged");
    }

    [Fact]
    public async Task OfficerAccount_IsForbiddenOnTheApiAndSentToTheAccessDeniedPage()
    {
        var host = NewHost();
        await StaffSession.CreateAccountAsync(host, "an.nguyen");
        using var officer = Designer(await StaffSession.SignInAsync(host, "an.nguyen"));

        await ProblemAssert.IsProblemAsync(await officer.GetAsync("/api/v1/designer/definitions"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await Deploy(officer, Processes.Approval("by_officer")), HttpStatusCode.Forbidden);
        var page = await officer.GetAsync("/designer");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith(StaffSignIn.AccessDeniedPath, StaffSession.RedirectedTo(page), StringComparison.Ordinal);
        var signIn = await officer.GetAsync("/designer/sign-in");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode); // the form, saying why: no loop back to the designer
        Assert.Contains("an.nguyen không có quyền quản trị", WebUtility.HtmlDecode(await signIn.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorAccount_Disabled_IsRefusedAtTheNextRequest()
    {
        var host = NewHost();
        await StaffSession.CreateAccountAsync(host, "quan.tri", StaffRoles.Administrator);
        using var designer = Designer(await StaffSession.SignInAsync(host, "quan.tri"));
        Assert.Equal(HttpStatusCode.OK, (await designer.GetAsync("/api/v1/designer/definitions")).StatusCode);

        using (var scope = host.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<StaffAccounts>().SetDisabledAsync("quan.tri", disabled: true));
        }

        await ProblemAssert.IsProblemAsync(await designer.GetAsync("/api/v1/designer/definitions"), HttpStatusCode.Unauthorized);
        var page = await designer.GetAsync("/designer");
        Assert.StartsWith("/designer/sign-in", StaffSession.RedirectedTo(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorAccount_RoleRemoved_IsForbiddenAtTheNextRequest()
    {
        var host = NewHost();
        await StaffSession.CreateAccountAsync(host, "quan.tri", StaffRoles.Administrator);
        using var designer = Designer(await StaffSession.SignInAsync(host, "quan.tri"));
        Assert.Equal(HttpStatusCode.OK, (await designer.GetAsync("/api/v1/designer/definitions")).StatusCode);

        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var result = await users.RemoveFromRoleAsync((await users.FindByNameAsync("quan.tri"))!, StaffRoles.Administrator);
            Assert.True(result.Succeeded);
        }

        await ProblemAssert.IsProblemAsync(await designer.GetAsync("/api/v1/designer/definitions"), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("GET", "/api/v1/api-keys")]
    [InlineData("GET", "/api/v1/users")]
    [InlineData("GET", "/api/v1/instances")]
    [InlineData("POST", "/api/v1/instances")]
    [InlineData("POST", "/api/v1/instances/00000000-0000-0000-0000-000000000001/cancel")]
    [InlineData("GET", "/api/v1/reports")]
    [InlineData("GET", "/api/v1/agencies")]
    public async Task AdministratorAccount_OnAnApiTheDesignerDoesNotCall_Is401(string method, string path)
    {
        var host = NewHost();
        await StaffSession.CreateAccountAsync(host, "quan.tri", StaffRoles.Administrator);
        using var designer = Designer(await StaffSession.SignInAsync(host, "quan.tri"));

        var response = await designer.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { definitionKey = "approval" }) : null,
        });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignInPage_SendsAnAdministratorStraightIn_AndSigningOutEndsTheStaffSession()
    {
        var host = NewHost();
        await StaffSession.CreateAccountAsync(host, "quan.tri", StaffRoles.Administrator);
        using var anonymous = host.CreateClient(apiKey: null);
        var form = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/designer/sign-in"));
        Assert.Contains("href=\"/dang-nhap?returnUrl=%2Fdesigner%2F\">Đăng nhập bằng tài khoản cán bộ</a>", form, StringComparison.Ordinal);
        using var designer = Designer(await StaffSession.SignInAsync(host, "quan.tri"));

        var signIn = await designer.GetAsync("/designer/sign-in?returnUrl=/designer/index.html");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/designer/index.html", StaffSession.RedirectedTo(signIn));

        Assert.Equal(HttpStatusCode.NoContent, (await designer.PostAsync("/designer/sign-out", content: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await designer.GetAsync("/api/v1/designer/definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await designer.GetAsync("/quan-tri")).StatusCode); // the web UI's session too
    }

    private static HttpClient Designer(HttpClient browser)
    {
        browser.DefaultRequestHeaders.Add(Header, HeaderValue);
        return browser;
    }

    private static Task<HttpResponseMessage> Deploy(HttpClient client, string xml) =>
        client.PostAsync("/api/v1/definitions", new StringContent(xml, Encoding.UTF8, "application/xml"));

    private static string? DeployedBy(JsonElement list, string key) =>
        list.EnumerateArray().Single(d => d.GetProperty("key").GetString() == key).GetProperty("deployedBy").GetString();
}

public sealed class SqliteDesignerStaffSessionTests : DesignerStaffSessionTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDesignerStaffSessionTests : DesignerStaffSessionTests
{
    public PostgresDesignerStaffSessionTests(PostgresDatabase database) => Postgres = database;
}
