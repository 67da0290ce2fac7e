using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LaiChau.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LaiChau.Web.Tests.Accessibility;

/// <summary>
/// Issue 8: accessible pages (labels, keyboard, contrast). axe-core, the engine browsers' own audits use, checks the
/// main page of each face against WCAG 2.1 A and AA in the real browser, on a desktop and a phone screen.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AxeTests(WebFixture web)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Citizens_pages_have_no_WCAG_violations(bool phone)
    {
        var page = await web.NewPageAsync(phone);
        foreach (var path in new[] { "/", "/gui-phan-anh", "/tra-cuu", "/ket-qua", "/thong-ke", "/dang-nhap" })
        {
            await AssertCleanAsync(page, path);
        }
    }

    [Fact]
    public async Task Staff_centre_and_administration_pages_have_no_WCAG_violations()
    {
        var code = await web.World.SubmitAsync("Đèn đường trước chợ trung tâm bị hỏng nhiều ngày, buổi tối rất tối.");
        var officer = await web.NewPageAsync(phone: true);
        await officer.SignInAsync("an.nguyen");
        await AssertCleanAsync(officer, "/can-bo");
        await AssertCleanAsync(officer, $"/can-bo/ho-so/{code}");
        await AssertCleanAsync(officer, "/tai-khoan");

        var centre = await web.NewPageAsync();
        await centre.SignInAsync("soc.leader");
        await AssertCleanAsync(centre, "/trung-tam");
        await AssertCleanAsync(centre, "/giam-sat");
        await AssertCleanAsync(centre, $"/can-bo/ho-so/{code}");

        var admin = await web.NewPageAsync();
        await admin.SignInAsync("quan.tri");
        foreach (var path in new[] { "/quan-tri", "/quan-tri/co-quan", "/quan-tri/linh-vuc", "/quan-tri/lich", "/quan-tri/mau-thong-bao", "/quan-tri/khoa-api", "/quan-tri/don-vi-hanh-chinh", "/quan-tri/co-quan/UBND-03388" })
        {
            await AssertCleanAsync(admin, path);
        }
    }

    private static async Task AssertCleanAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
        var result = await page.RunAxe(Wcag);
        var violations = result.Violations.Select(v =>
            $"{path} {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
