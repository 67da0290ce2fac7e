using System.Security.Claims;
using System.Text.Encodings.Web;
using LaiChau.Host.Data;
using LaiChau.Host.Security.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Security.DesignerSignIn;

/// <summary>
/// Authenticates the designer's browser: the designer cookie when it holds a valid key session, else the staff cookie of
/// an Identity account, read again on every request (disabled, signed out elsewhere or no longer an administrator ends
/// it at once; the role comes from the database, not from the cookie). Challenge and forbid go to the designer cookie:
/// pages are sent to the sign-in form or the 403 page, API calls get 401 or 403.
/// </summary>
public sealed class DesignerSessionHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    IOptions<IdentityOptions> identity)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Cookies.ContainsKey(DesignerCookie.Name))
        {
            var keySession = await Context.AuthenticateAsync(DesignerCookie.Scheme);
            if (keySession.Succeeded)
            {
                return keySession;
            }
        }

        if (!Request.Cookies.ContainsKey(StaffSignIn.CookieName))
        {
            return AuthenticateResult.NoResult();
        }

        // The staff cookie is SameSite=Lax: an unsafe request counts only with the header a cross-site form cannot send.
        if (!DesignerCookie.CarriesCsrfProof(Request))
        {
            return AuthenticateResult.Fail($"Send {DesignerCookie.CsrfHeader}: {DesignerCookie.CsrfHeaderValue} with the staff cookie.");
        }

        var staff = await Context.AuthenticateAsync(StaffSignIn.Scheme);
        if (!staff.Succeeded)
        {
            return staff.None ? AuthenticateResult.NoResult() : AuthenticateResult.Fail(staff.Failure!);
        }

        var claims = identity.Value.ClaimsIdentity;
        var id = staff.Principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = staff.Principal.FindFirstValue(claims.SecurityStampClaimType);
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == id && !u.Disabled && u.SecurityStamp == stamp)
            .Select(u => new
            {
                u.UserName,
                Administrator = db.UserRoles.Any(ur => ur.UserId == u.Id
                    && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Administrator)),
            })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (account is null)
        {
            return AuthenticateResult.Fail("The staff account is disabled or its session has ended.");
        }

        List<Claim> granted = [new(ClaimTypes.NameIdentifier, id!), new(ClaimTypes.Name, account.UserName!)];
        if (account.Administrator)
        {
            granted.Add(new Claim(ClaimTypes.Role, StaffRoles.Administrator));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(granted, DesignerSession.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, DesignerSession.Scheme));
    }
}
