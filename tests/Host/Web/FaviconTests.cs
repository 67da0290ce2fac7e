using System.Buffers.Binary;
using System.Net;
using System.Xml.Linq;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Web;

namespace LaiChau.Host.Tests.Web;

/// <summary>The app's own icon: served to anyone at the site's root, cached, and linked by the portal and the designer.</summary>
public sealed class FaviconTests
{
    [Fact]
    public async Task FaviconIco_IsServedToAnyone_CachedForAWeek_AndRevalidatedByItsETag()
    {
        await using var host = new HostFactory();
        using var client = host.CreateClient(apiKey: null);

        var response = await client.GetAsync("/favicon.ico");
        var again = new HttpRequestMessage(HttpMethod.Get, "/favicon.ico");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var revalidated = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=604800", response.Headers.CacheControl?.ToString());
        var ico = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0, 0, 1, 0, 3, 0], ico[..6]); // an icon of three images
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task FaviconSvg_IsAnSvg_AndThePortalAndTheDesignerLinkBothIcons()
    {
        await using var host = new HostFactory();
        using var client = host.CreateClient(apiKey: null);
        using var admin = host.CreateClient(HostFactory.AdminKey);

        var svg = await client.GetAsync("/favicon.svg");
        var portal = await client.GetStringAsync("/");
        var designerSignIn = await client.GetStringAsync("/designer/sign-in");
        var designer = await admin.GetStringAsync("/designer/index.html");

        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Equal("svg", XDocument.Parse(await svg.Content.ReadAsStringAsync()).Root!.Name.LocalName);
        Assert.All(new[] { portal, designerSignIn, designer }, page =>
        {
            Assert.Contains("""<link rel="icon" href="/favicon.svg" type="image/svg+xml">""", page, StringComparison.Ordinal);
            Assert.Contains("""<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48">""", page, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Ico_At32Pixels_IsAWhitePinOnTheBrandsRed_WithTransparentRoundedCorners()
    {
        var ico = FaviconDrawing.Ico();

        var pixel = Pixels(ico, image: 1, size: 32);

        Assert.Equal(0, pixel(0, 0).A); // a rounded corner
        Assert.Equal((0x8a, 0x1c, 0x1c, 255), pixel(3, 16)); // the red ground
        Assert.Equal((255, 255, 255, 255), pixel(16, 7)); // the pin's head
        Assert.Equal((255, 255, 255, 255), pixel(15, 24)); // its point, above the tip at 28
        Assert.Equal((0x8a, 0x1c, 0x1c, 255), pixel(15, 12)); // the dot in its head
    }

    /// <summary>The (x, y) pixel, from the top left, of one 32-bit BMP image of the .ico.</summary>
    private static Func<int, int, (int R, int G, int B, int A)> Pixels(byte[] ico, int image, int size)
    {
        var entry = ico.AsSpan(6 + (16 * image));
        Assert.Equal(size, entry[0]);
        var bitmap = ico[BinaryPrimitives.ReadInt32LittleEndian(entry[12..])..];
        return (x, y) =>
        {
            var at = 40 + ((((size - 1 - y) * size) + x) * 4);
            return (bitmap[at + 2], bitmap[at + 1], bitmap[at], bitmap[at + 3]);
        };
    }
}
