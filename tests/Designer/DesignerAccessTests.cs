using System.Net;
using System.Net.Http.Json;
using LaiChau.Designer.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Designer.Tests;

/// <summary>Only administrators reach the designer: anonymous visitors and other roles are refused.</summary>
[Collection(DesignerCollection.Name)]
public sealed class DesignerAccessTests(DesignerFixture fixture)
{
    [Fact]
    public async Task Anonymous_OpeningTheDesigner_IsSentToSignIn()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/designer/");

        Assert.StartsWith($"{fixture.Host.BaseUrl}/designer/sign-in", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".djs-container").CountAsync());
        await Assertions.Expect(page.Locator("#apiKey")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Anonymous_RequestingAnAsset_GetsNoContent()
    {
        using var client = fixture.Host.CreateApiClient(apiKey: null);

        using var response = await client.GetAsync("/designer/index.html");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/designer/sign-in", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntegrationKey_InTheHeader_IsForbidden()
    {
        var key = await CreateKeyAsync("Integration");
        using var client = fixture.Host.CreateApiClient(key);

        using var response = await client.GetAsync("/designer/index.html");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task IntegrationKey_InTheSignInForm_IsRefusedAndGetsNoCookie()
    {
        var key = await CreateKeyAsync("Integration");
        var page = await fixture.NewPageAsync();

        await page.SignInAsync(key);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Chỉ quản trị viên");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "laichau.designer");
        await page.GotoAsync("/designer/");
        Assert.Contains("/designer/sign-in", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPost_WithoutTheFormToken_IsRefusedAndSetsNoSessionCookie()
    {
        using var client = fixture.Host.CreateApiClient(apiKey: null);

        using var response = await client.PostAsync("/designer/sign-in", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["apiKey"] = DesignerHost.AdminKey, ["returnUrl"] = "/designer/" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("laichau.designer=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WrongKey_InTheSignInForm_IsRefused()
    {
        var page = await fixture.NewPageAsync();

        await page.SignInAsync("lck_not-a-key-of-this-host-0123456789abcdef");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("không đúng");
    }

    [Fact]
    public async Task Administrator_SignsIn_GetsAStrictHttpOnlyCookieAndTheModeler()
    {
        var page = await fixture.NewPageAsync();

        await page.SignInAsync(DesignerHost.AdminKey);

        await Assertions.Expect(page.Locator(".djs-container")).ToBeVisibleAsync();
        Assert.EndsWith("/designer/index.html", page.Url, StringComparison.Ordinal);
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "laichau.designer");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        // The bpmn.io watermark stays visible (its licence requires it).
        await Assertions.Expect(page.Locator(".bjs-powered-by")).ToBeVisibleAsync();
        // Vietnamese palette labels
        await Assertions.Expect(page.Locator(".djs-palette [aria-label='Tạo công việc']")).ToHaveCountAsync(1);
        // Token simulation's switch, to play a path before publishing
        await Assertions.Expect(page.Locator(".bts-toggle-mode")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task CookieOnly_PostWithoutTheDesignerHeader_IsRefused()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(DesignerHost.AdminKey);
        await Assertions.Expect(page.Locator(".djs-container")).ToBeVisibleAsync();
        var body = Diagrams.ServiceTask("Csrf_Check", "Kiểm tra");

        var withoutHeader = await page.Context.APIRequest.PostAsync("/api/v1/definitions", new() { Data = body, Headers = Xml() });
        var withHeader = await page.Context.APIRequest.PostAsync("/api/v1/definitions?validateOnly=true", new()
        {
            Data = body,
            Headers = new Dictionary<string, string>(Xml()) { ["X-Requested-With"] = "laichau-designer" },
        });

        Assert.Equal(401, withoutHeader.Status);
        Assert.Equal(204, withHeader.Status);
    }

    private static Dictionary<string, string> Xml() => new() { ["Content-Type"] = "application/xml" };

    private async Task<string> CreateKeyAsync(string role)
    {
        using var admin = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        using var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = $"designer-test-{Guid.NewGuid():N}", role });
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<CreatedKey>();
        return created!.Key;
    }

    private sealed record CreatedKey(string Key);
}
