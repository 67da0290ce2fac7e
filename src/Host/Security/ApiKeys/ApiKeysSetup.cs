using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace LaiChau.Host.Security.ApiKeys;

public static class ApiKeysSetup
{
    public const string AdministratorPolicy = "Administrator";

    /// <summary>API keys authenticate machine clients; every endpoint requires an authenticated caller unless it says otherwise.</summary>
    public static WebApplicationBuilder AddApiKeys(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ApiKeyBootstrap>();
        builder.Services.AddAuthentication(ApiKeyRules.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyRules.Scheme, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdministratorPolicy, p => p.RequireRole(ApiKeyRoles.Administrator))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    public static WebApplication MapApiKeys(this WebApplication app)
    {
        var keys = app.MapGroup("/api/v1/api-keys");
        GetCurrentApiKey.Map(keys);

        var administered = keys.MapGroup("").RequireAuthorization(AdministratorPolicy);
        CreateApiKey.Map(administered);
        ListApiKeys.Map(administered);
        RevokeApiKey.Map(administered);
        return app;
    }
}
