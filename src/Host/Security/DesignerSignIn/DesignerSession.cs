using LaiChau.Host.Security.Accounts;

namespace LaiChau.Host.Security.DesignerSignIn;

/// <summary>
/// The designer's browser session (ADR 0013): the designer cookie of an API-key sign-in, or an administrator's staff
/// cookie. The staff cookie counts on designer pages and on the API endpoints the designer's page calls
/// (src/Designer/src/api/client.ts), which say so with <see cref="AcceptsDesignerSession{TBuilder}"/>; every other
/// API answers to API keys alone.
/// </summary>
public static class DesignerSession
{
    public const string Scheme = "DesignerSession";

    /// <summary>Marks an endpoint the designer's page calls.</summary>
    public static TBuilder AcceptsDesignerSession<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(DesignerCall.Instance);

    /// <summary>True for the mark <see cref="AcceptsDesignerSession{TBuilder}"/> leaves (the API description reads it).</summary>
    public static bool IsDesignerCallMetadata(object metadata) => metadata is DesignerCall;

    /// <summary>True when the routed endpoint is one of the designer's calls and the browser holds a session for it.</summary>
    public static bool IsDesignerCall(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<DesignerCall>() is not null
        && (context.Request.Cookies.ContainsKey(DesignerCookie.Name) || context.Request.Cookies.ContainsKey(StaffSignIn.CookieName));

    private sealed class DesignerCall
    {
        public static readonly DesignerCall Instance = new();
    }
}
