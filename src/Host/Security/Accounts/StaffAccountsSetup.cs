using Microsoft.AspNetCore.Identity;

namespace LaiChau.Host.Security.Accounts;

/// <summary>Staff accounts (issue 8 point 2): Identity on the app's database with a password policy, lockout and optional TOTP.</summary>
public static class StaffAccountsSetup
{
    public static WebApplicationBuilder AddStaffAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentityCore<StaffUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<Data.AppDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        builder.Services.AddAuthentication().AddIdentityCookies(cookies =>
        {
            cookies.ApplicationCookie?.Configure(StaffSignIn.Configure);
            cookies.TwoFactorUserIdCookie?.Configure(o => o.Cookie.Name = StaffSignIn.CookieName + ".2fa");
            cookies.TwoFactorRememberMeCookie?.Configure(o => o.Cookie.Name = StaffSignIn.CookieName + ".2fa-remember");
        });
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = StaffSignIn.StampCheckInterval);
        builder.Services.AddScoped<StaffAccounts>();
        return builder;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = false; // length matters more than classes (NIST SP 800-63B)
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789.-_";
        options.SignIn.RequireConfirmedAccount = false;
    }
}
