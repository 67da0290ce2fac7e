using System.Security.Claims;
using System.Text.Encodings.Web;
using LaiChau.Host.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary>Authenticates machine clients by the <c>X-Api-Key</c> header; answers 401/403 as problem details.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    ApiKeyCache keys,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyRules.HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        if (values.Count != 1 || string.IsNullOrWhiteSpace(values[0]))
        {
            return AuthenticateResult.Fail($"Send exactly one non-empty {ApiKeyRules.HeaderName} header.");
        }

        var key = await keys.FindAsync(values[0]!, db, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, key.Role),
            .. (key.JobTypes ?? []).Select(type => new Claim(ApiKeyRules.JobTypeClaim, type)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyRules.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyRules.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{ApiKeyRules.Scheme} header=\"{ApiKeyRules.HeaderName}\"";
        await WriteProblemAsync(new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = "Authentication required",
            Detail = result.Failure?.Message ?? $"Send an API key in the {ApiKeyRules.HeaderName} header.",
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await WriteProblemAsync(new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Forbidden",
            Detail = "This API key's role may not do this.",
        });
    }

    private async Task WriteProblemAsync(ProblemDetails problem) =>
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem });
}
