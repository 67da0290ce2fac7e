using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace LaiChau.Host.Web;

/// <summary>
/// <c>/favicon.ico</c> and <c>/favicon.svg</c> for the portal and the designer (browsers ask every site for the .ico):
/// anonymous, cached for a week and revalidated by ETag.
/// </summary>
public static class Favicon
{
    public const string IcoPath = "/favicon.ico";
    public const string SvgPath = "/favicon.svg";

    private const string CacheControl = "public, max-age=604800";

    private static readonly Lazy<Icon> IcoFile = new(() => Icon.Of(FaviconDrawing.Ico(), "image/x-icon"));
    private static readonly Lazy<Icon> SvgFile = new(() => Icon.Of(Encoding.UTF8.GetBytes(FaviconDrawing.Svg()), "image/svg+xml"));

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(IcoPath, (HttpContext http) => Serve(http, IcoFile.Value)).AllowAnonymous();
        app.MapGet(SvgPath, (HttpContext http) => Serve(http, SvgFile.Value)).AllowAnonymous();
    }

    private static IResult Serve(HttpContext http, Icon icon)
    {
        http.Response.Headers.CacheControl = CacheControl;
        return Results.File(icon.Content, icon.ContentType, entityTag: icon.ETag); // answers If-None-Match with 304
    }

    private sealed record Icon(byte[] Content, string ContentType, EntityTagHeaderValue ETag)
    {
        public static Icon Of(byte[] content, string contentType) =>
            new(content, contentType, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\""));
    }
}
