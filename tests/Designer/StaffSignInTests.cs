using System.Net.Http.Json;
using LaiChau.Designer.Tests.Infrastructure;
using LaiChau.Host.Security.Accounts;
using LaiChau.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LaiChau.Designer.Tests;

/// <summary>ADR 0013: administrators reach the designer with their staff account (and its authenticator code), no key pasted.</summary>
[Collection(DesignerCollection.Name)]
public sealed class StaffSignInTests(DesignerFixture fixture)
{
    [Fact]
    public async Task StaffAdministrator_SignsInAtTheStaffForm_LandsInTheDesignerAndPublishesUnderTheirName()
    {
        const string key = "Designer_Staff";
        var user = await AccountAsync("qt", StaffRoles.Administrator);
        await fixture.DeployAsync(Diagrams.ServiceTask(key, "Tiếp nhận"));
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/designer/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập bằng tài khoản cán bộ" }).ClickAsync();
        Assert.Contains("/dang-nhap?returnUrl=%2Fdesigner%2F", page.Url, StringComparison.Ordinal);
        await page.FillStaffSignInAsync(user);

        await Assertions.Expect(page.Locator(".djs-container")).ToBeVisibleAsync();
        Assert.EndsWith("/designer/index.html", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator($"button[data-key='{key}'][data-version='1']")).ToBeVisibleAsync();
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "laichau.designer"); // no key behind it
        await page.Locator($"button[data-key='{key}'][data-version='1']").ClickAsync();
        await Assertions.Expect(page.Locator("#current")).ToContainTextAsync("phiên bản 1");
        await page.Locator("g.djs-element[data-element-id='Task_1']").ClickAsync();
        await page.Locator(".bio-properties-panel-group-header", new() { HasText = "Chung" }).ClickAsync();
        await page.Locator("#bio-properties-panel-name").FillAsync("Tiếp nhận (cán bộ)");
        await page.Locator("#publish").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Đã xuất bản phiên bản 2");
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        var listed = await api.GetFromJsonAsync<List<Listed>>("/api/v1/designer/definitions");
        Assert.Equal(user, listed!.Single(d => d.Key == key && d.Version == 2).DeployedBy);
        await page.GotoAsync("/designer/sign-in");
        Assert.EndsWith("/designer/index.html", page.Url, StringComparison.Ordinal); // signed in: straight back in
    }

    [Fact]
    public async Task StaffAdministrator_WithAnAuthenticator_GivesTheCodeAndOpensTheDesignerFromAdministration()
    {
        var user = await AccountAsync("qt-totp", StaffRoles.Administrator);
        var authenticatorKey = await EnableAuthenticatorAsync(user);
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/dang-nhap?returnUrl=%2Fquan-tri");
        await page.FillStaffSignInAsync(user);
        Assert.Contains("/dang-nhap/ma", page.Url, StringComparison.Ordinal);
        await page.Locator("#code").FillAsync(AuthenticatorCodes.Now(authenticatorKey));
        await page.Locator("form.narrow button[type=submit]").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Trình thiết kế quy trình" }).ClickAsync();

        await Assertions.Expect(page.Locator(".djs-container")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#definitions button[data-key]").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task StaffWithoutTheRole_SigningInForTheDesigner_GetsTheAccessDeniedPage()
    {
        var user = await AccountAsync("cb");
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/dang-nhap?returnUrl=%2Fdesigner");
        await page.FillStaffSignInAsync(user);

        Assert.Contains("/khong-duoc-phep", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bạn không có quyền mở trang này.");
        Assert.Equal(0, await page.Locator(".djs-container").CountAsync());
    }

    /// <summary>A staff account of its own per test (the collection shares one host).</summary>
    private async Task<string> AccountAsync(string prefix, params string[] roles)
    {
        var userName = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        using var api = fixture.Host.CreateApiClient(DesignerHost.AdminKey);
        var response = await api.PostAsJsonAsync("/api/v1/users", new { userName, displayName = userName, password = PageSignIn.StaffPassword, roles });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return userName;
    }

    /// <summary>Enrols an authenticator app as <c>/tai-khoan</c> does, and gives its key.</summary>
    private async Task<string> EnableAuthenticatorAsync(string userName)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var account = (await users.FindByNameAsync(userName))!;
        await users.ResetAuthenticatorKeyAsync(account);
        Assert.True((await users.SetTwoFactorEnabledAsync(account, true)).Succeeded);
        return (await users.GetAuthenticatorKeyAsync(account))!;
    }

    private sealed record Listed(string Key, int Version, string? DeployedBy);
}
