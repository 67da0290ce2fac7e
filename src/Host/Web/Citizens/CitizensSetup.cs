using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Media;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Web.Citizens;

/// <summary>
/// The citizens' face (issue 8 point 1): abuse protection of the submit form (a rate limit per client address, a
/// signed proof-of-work, the media limits before the form is read) and the communes' boundaries for its map.
/// </summary>
public static class CitizensSetup
{
    /// <summary>The rate limiter policy on the submit form's POST (<c>[EnableRateLimiting]</c> on the page).</summary>
    public const string SubmitPolicy = "citizens-submit";

    /// <summary>The current communes as GeoJSON, anonymous: the base layer of the citizens' maps.</summary>
    public const string CommunesPath = "/ban-do/xa-phuong.geojson";

    public static WebApplicationBuilder AddCitizens(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CitizensOptions>().BindConfiguration(CitizensOptions.Section)
            .Validate(o => o.SubmitPermitLimit is >= 1 and <= 10_000 && o.SubmitWindow >= TimeSpan.FromSeconds(1)
                && o.ProofOfWorkBits is >= 0 and <= 24 && o.ChallengeLifetime >= TimeSpan.FromMinutes(1),
                $"{CitizensOptions.Section}: SubmitPermitLimit 1–10000, SubmitWindow at least 1 s, ProofOfWorkBits 0–24, ChallengeLifetime at least 1 min.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SubmitChallenges>();
        builder.Services.Configure<RateLimiterOptions>(o =>
        {
            o.AddPolicy(SubmitPolicy, SubmitPartition);
            var previous = o.OnRejected;
            o.OnRejected = async (context, ct) =>
            {
                if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == SubmitPolicy)
                {
                    await TooManyAsync(context.HttpContext, ct);
                }
                else if (previous is not null)
                {
                    await previous(context, ct);
                }
            };
        });
        return builder;
    }

    public static WebApplication MapCitizens(this WebApplication app)
    {
        app.Use(LimitUploadsAsync);
        app.MapGet(CommunesPath, async (HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return await AdminUnitEndpoints.ExportAsync(at: null, level: "commune", db, clock, ct);
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Only posts count, per client address and per window of the app's clock (so the controlled clock of the tests
    /// starts a new window); a commune office or a mobile network behind one address shares the permits.
    /// </summary>
    private static RateLimitPartition<string> SubmitPartition(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var o = context.RequestServices.GetRequiredService<IOptions<CitizensOptions>>().Value;
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        var window = now.UtcTicks / o.SubmitWindow.Ticks;
        return RateLimitPartition.GetFixedWindowLimiter(
            string.Create(CultureInfo.InvariantCulture, $"{address}|{window}"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = o.SubmitPermitLimit, Window = o.SubmitWindow, QueueLimit = 0 });
    }

    /// <summary>
    /// The submit form's body within the media limits (R5.3), read here before antiforgery and binding read it with
    /// the defaults: over the limits, a polite 413 page in Vietnamese before the rest is read.
    /// </summary>
    private static async Task LimitUploadsAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.Path.Equals(WebPaths.Submit, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (request.HasFormContentType)
        {
            var read = await MediaForm.ReadAsync(request, context.RequestAborted);
            if (read.Refusal == FormRefusal.TooLarge)
            {
                await TooLargeAsync(context, context.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value);
                return;
            }

            if (read.Refusal == FormRefusal.Malformed)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await PoliteAsync(context, "Biểu mẫu gửi lên bị lỗi",
                    "Máy chủ không đọc được biểu mẫu (có thể bị cắt ngang khi gửi). Xin quay lại, tải lại trang rồi gửi lại.", context.RequestAborted);
                return;
            }
        }

        await next(context);
    }

    private static Task TooLargeAsync(HttpContext context, MediaOptions options)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return PoliteAsync(context, "Tệp gửi lên quá lớn",
            $"Mỗi ảnh tối đa {MediaIntake.Megabytes(options.MaxImageBytes)} MB, mỗi video tối đa {MediaIntake.Megabytes(options.MaxVideoBytes)} MB, "
            + $"cả phản ánh tối đa {MediaIntake.Megabytes(options.MaxRequestBytes)} MB. Xin quay lại, chọn tệp nhỏ hơn rồi gửi lại.",
            context.RequestAborted);
    }

    private static Task TooManyAsync(HttpContext context, CancellationToken ct)
    {
        var o = context.RequestServices.GetRequiredService<IOptions<CitizensOptions>>().Value;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)o.SubmitWindow.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return PoliteAsync(context, "Bạn đã gửi nhiều phản ánh trong thời gian ngắn",
            $"Để chống gửi tự động, mỗi địa chỉ mạng chỉ được gửi {o.SubmitPermitLimit} phản ánh trong {(int)o.SubmitWindow.TotalMinutes} phút. "
            + "Xin thử lại sau ít phút. Nếu sự việc khẩn cấp, hãy gọi ngay: cháy 114, cấp cứu 115, an ninh trật tự 113.", ct);
    }

    /// <summary>A small page in Vietnamese (the answer comes before any page runs, so without the layout).</summary>
    private static async Task PoliteAsync(HttpContext context, string title, string text, CancellationToken ct)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        var encode = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        await context.Response.WriteAsync(
            $"""
             <!DOCTYPE html>
             <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
             <title>{encode.Encode(title)}</title><link rel="stylesheet" href="{WebPaths.Assets}/app.css"></head>
             <body><main id="main"><h1>{encode.Encode(title)}</h1><p class="error" role="alert">{encode.Encode(text)}</p>
             <p><a href="{WebPaths.Submit}">Quay lại trang gửi phản ánh</a> · <a href="/">Trang chủ</a></p></main></body></html>
             """, ct);
    }
}
