using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace LaiChau.Host.Security.ApiKeys;

public static class ApiKeysSetup
{
    public const string AdministratorPolicy = "Administrator";

    /// <summary>Staff work (tasks, reports): administrators and staff; what each may touch is checked per item.</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>API keys authenticate machine clients; every endpoint requires an authenticated caller unless it says otherwise.</summary>
    public static WebApplicationBuilder AddApiKeys(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ApiKeyBootstrap>();
        builder.Services.AddSingleton<ApiKeyCache>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation, Staff.StaffClaims>();
        builder.Services.AddAuthentication(ApiKeyRules.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyRules.Scheme, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdministratorPolicy, p => p.RequireRole(ApiKeyRoles.Administrator))
            .AddPolicy(StaffPolicy, p => p.RequireRole(ApiKeyRoles.Administrator, ApiKeyRoles.Staff))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    public static WebApplication MapApiKeys(this WebApplication app)
    {
        var keys = app.MapGroup("/api/v1/api-keys").WithTags(ApiDocs.ApiTags.ApiKeys);
        GetCurrentApiKey.Map(keys);

        var administered = keys.MapGroup("").RequireAuthorization(AdministratorPolicy);
        CreateApiKey.Map(administered);
        ListApiKeys.Map(administered);
        RevokeApiKey.Map(administered);
        return app;
    }
}
