using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.Accounts;

/// <summary>
/// A person who signs in to the web UI (ASP.NET Core Identity). <see cref="IdentityUser.UserName"/> is the user id
/// that agency membership names (<c>lan.le</c>), so the groups of <see cref="Staff.StaffClaims"/> follow from it.
/// </summary>
public sealed class StaffUser : IdentityUser
{
    public const int MaxDisplayNameLength = 200;

    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Switched off by an administrator: the account keeps its history but cannot sign in.</summary>
    public bool Disabled { get; set; }

    /// <summary>
    /// R2.2: the mobile number urgent alerts go to by SMS, encrypted like every personal datum (<see cref="PersonalData"/>);
    /// Identity's own <c>PhoneNumber</c> column stays unused because it is stored in clear.
    /// </summary>
    public string? PhoneProtected { get; set; }
}

/// <summary>The roles of accounts; agency work comes from membership, not from a role.</summary>
public static class StaffRoles
{
    public const string Administrator = ApiKeys.ApiKeyRoles.Administrator;

    public static readonly IReadOnlyList<string> All = [Administrator];
}

internal static class StaffUserModel
{
    /// <summary>Identity's tables under our snake-case names, beside the rest of the schema.</summary>
    public static void MapStaffAccounts(this ModelBuilder model)
    {
        model.Entity<StaffUser>(b =>
        {
            b.ToTable("staff_users");
            b.Property(u => u.DisplayName).HasMaxLength(StaffUser.MaxDisplayNameLength);
            b.Property(u => u.PhoneProtected).HasMaxLength(2000);
        });
        model.Entity<IdentityRole>().ToTable("staff_roles");
        model.Entity<IdentityUserRole<string>>().ToTable("staff_user_roles");
        model.Entity<IdentityUserClaim<string>>().ToTable("staff_user_claims");
        model.Entity<IdentityUserLogin<string>>().ToTable("staff_user_logins");
        model.Entity<IdentityUserToken<string>>().ToTable("staff_user_tokens");
        model.Entity<IdentityRoleClaim<string>>().ToTable("staff_role_claims");
    }
}
