using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Security.DesignerSignIn;
using Microsoft.AspNetCore.Authorization;

namespace LaiChau.Host.Designer;

/// <summary>
/// The web designer (issue 9): its static assets (LaiChau.Designer) under <c>/designer</c> for administrators only,
/// its sign-in form, and the designer's own API. See docs/designer.md.
/// </summary>
public static class DesignerSetup
{
    public static WebApplication MapDesigner(this WebApplication app)
    {
        SignInWithApiKey.Map(app);
        var administrators = new AuthorizeAttribute(ApiKeysSetup.AdministratorPolicy);
        // Static assets have no default document: "/designer" and "/designer/" (one route) lead to the page.
        app.MapGet(DesignerPaths.Root, () => Results.Redirect(DesignerPaths.Home + "index.html")).WithMetadata(administrators);
        // The one map of static assets: the designer's for administrators, the web UI's bundle (/web) for everyone.
        app.MapStaticAssets().Add(endpoint =>
        {
            var path = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText?.TrimStart('/') ?? "";
            if (path.StartsWith("designer/", StringComparison.OrdinalIgnoreCase))
            {
                endpoint.Metadata.Add(administrators);
            }
            else if (path.StartsWith("web/", StringComparison.OrdinalIgnoreCase))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });

        var api = app.MapGroup("/api/v1/designer").RequireAuthorization(ApiKeysSetup.AdministratorPolicy).AcceptsDesignerSession()
            .WithTags(ApiDocs.ApiTags.Designer);
        GetElementTemplates.Map(api);
        GetElementStatistics.Map(api);
        ListDefinitions.Map(api);
        GetCandidateGroups.Map(api);
        MigrateVersion.Map(api);
        GetWaitingInstances.Map(api);
        return app;
    }
}
