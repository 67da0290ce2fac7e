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
        app.MapStaticAssets().Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.TrimStart('/')
                    .StartsWith("designer/", StringComparison.OrdinalIgnoreCase) == true)
            {
                endpoint.Metadata.Add(administrators);
            }
        });

        var api = app.MapGroup("/api/v1/designer").RequireAuthorization(ApiKeysSetup.AdministratorPolicy);
        GetElementTemplates.Map(api);
        GetElementStatistics.Map(api);
        ListDefinitions.Map(api);
        GetCandidateGroups.Map(api);
        MigrateVersion.Map(api);
        GetWaitingInstances.Map(api);
        return app;
    }
}
