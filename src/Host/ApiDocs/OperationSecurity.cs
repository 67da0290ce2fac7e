using LaiChau.Host.Security.DesignerSignIn;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LaiChau.Host.ApiDocs;

/// <summary>
/// Who may call an operation, read from its endpoint's metadata: anonymous ones need nothing; the designer's calls take a
/// key or either browser session; every other one a key (401 without). The roles its policies ask for are named in
/// the description, and such an operation may answer 403.
/// </summary>
internal sealed class OperationSecurity(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return;
        }

        var schemes = metadata.Any(DesignerSession.IsDesignerCallMetadata)
            ? new[] { ApiDocument.ApiKeyScheme, ApiDocument.StaffCookieScheme, ApiDocument.DesignerCookieScheme }
            : [ApiDocument.ApiKeyScheme];
        operation.Security = [.. schemes.Select(s => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(s, context.Document)] = [] })];
        OperationProblems.Add(operation, context.Document, StatusCodes.Status401Unauthorized, "No valid key or session. Chưa xác thực.");

        var roles = await RolesAsync(metadata);
        if (roles.Count > 0)
        {
            var who = $"Roles: {string.Join("; and ", roles)}.";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? who : $"{operation.Description}\n\n{who}";
            OperationProblems.Add(operation, context.Document, StatusCodes.Status403Forbidden, "The caller's role may not do this. Không có quyền.");
        }
    }

    private async Task<List<string>> RolesAsync(IList<object> metadata)
    {
        var found = metadata.OfType<AuthorizationPolicy>().ToList();
        foreach (var name in metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>())
        {
            if (await policies.GetPolicyAsync(name) is { } policy)
            {
                found.Add(policy);
            }
        }

        return [.. found.SelectMany(p => p.Requirements.OfType<RolesAuthorizationRequirement>())
            .Select(r => string.Join(" or ", r.AllowedRoles)).Distinct(StringComparer.Ordinal)];
    }
}
