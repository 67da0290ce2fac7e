using System.Globalization;
using LaiChau.Host.Designer;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Web.Citizens;
using LaiChau.Host.Web.Localization;
using Microsoft.AspNetCore.Localization;

namespace LaiChau.Host.Web;

/// <summary>
/// The web UI (issue 8, R2.3): server-rendered Razor Pages under <c>Pages/</c>, Vietnamese by default with English,
/// the staff cookie for officers, leaders, the monitoring centre and administrators. See docs/web.md.
/// </summary>
public static class WebSetup
{
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            var c = options.Conventions;
            // Citizens need no account (R4.2); every other page needs the staff cookie (the app's fallback policy).
            c.AllowAnonymousToFolder("/Citizens");
            c.AllowAnonymousToFolder("/Account");
            c.AllowAnonymousToPage("/Index");
            c.AllowAnonymousToPage("/Error");
            c.AuthorizeFolder("/Staff", WebPolicies.Staff);
            c.AuthorizeFolder("/Supervision", WebPolicies.Leaders);
            c.AuthorizeFolder("/Centre", WebPolicies.MonitoringCentre);
            c.AuthorizeFolder("/Admin", WebPolicies.Administrator);
        });
        WebPolicies.Add(builder.Services.AddAuthorizationBuilder());
        builder.Services.AddSingleton<UiText>();
        // Vietnamese letters written as they are, not as &#x...; references (pages a third smaller); <>&"' stay encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        Centre.CentreSetup.AddCentre(builder.Services);
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [new(UiText.Vietnamese), new(UiText.English)];
            o.DefaultRequestCulture = new RequestCulture(UiText.Vietnamese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The choice made with the switch, nothing else: a browser in English still gets Vietnamese first.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        builder.Services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests); // policies: per face
        builder.AddCitizens();
        builder.AddTrustedProxies();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "laichau.af";
            o.FormFieldName = "__af";
        });
        return builder;
    }

    /// <summary>Language, and error pages in HTML for pages (APIs keep their problem details).</summary>
    public static WebApplication UseWeb(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.UseWhen(c => IsPage(c.Request.Path), pages =>
        {
            pages.UseExceptionHandler(WebPaths.Error + "/500");
            pages.UseStatusCodePagesWithReExecute(WebPaths.Error + "/{0}");
        });
        return app;
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        app.UseRateLimiter(); // after routing and authorization: policies are chosen per page
        app.MapCitizens();
        Favicon.Map(app);
        app.MapRazorPages();
        app.MapGet(WebPaths.Language, SwitchLanguage).AllowAnonymous();
        // An unknown page is a plain 404 page for everyone (not a sign-in form); unknown API paths keep their answers.
        app.MapFallback("{first:regex(^(?!(api|open311|designer|web)$))}/{**rest}", () => Results.NotFound())
            .AllowAnonymous().WithMetadata(UnmatchedPage.Instance);
        return app;
    }

    /// <summary>Marks the fallback endpoint: request logs say "no matching route" rather than its pattern.</summary>
    public sealed class UnmatchedPage
    {
        public static readonly UnmatchedPage Instance = new();
    }

    private static bool IsPage(PathString path) => !StaffSignIn.IsApi(path) && !DesignerPaths.IsPage(path)
        && !path.StartsWithSegments(WebPaths.Assets, StringComparison.OrdinalIgnoreCase);

    /// <summary>The language switch is a plain link (works without JavaScript); the choice is kept for a year.</summary>
    private static IResult SwitchLanguage(HttpContext context, string? c, string? returnUrl)
    {
        var culture = c == "en" ? UiText.English : UiText.Vietnamese;
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        return Results.LocalRedirect(StaffSignIn.SafeReturnUrl(returnUrl, "/"));
    }
}
