using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.Accounts;

/// <summary>Creating and administering staff accounts; used by the users API and the administration pages.</summary>
public sealed class StaffAccounts(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, Data.AppDbContext db, TimeProvider clock)
{
    public sealed record NewAccount(string? UserName, string? DisplayName, string? Email, string? Password, IReadOnlyList<string>? Roles);

    public sealed record AccountView(string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles,
        bool Disabled, bool LockedOut, bool TwoFactor, DateTimeOffset CreatedAt);

    /// <summary>Creates the account, or gives field errors (keys: userName, displayName, password, roles) and saves nothing.</summary>
    public async Task<Dictionary<string, string[]>> CreateAsync(NewAccount input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > StaffUser.MaxDisplayNameLength)
        {
            errors["displayName"] = [$"Cần họ tên (tối đa {StaffUser.MaxDisplayNameLength} ký tự)."];
        }

        var unknownRoles = (input.Roles ?? []).Except(StaffRoles.All, StringComparer.Ordinal).ToList();
        if (unknownRoles.Count > 0)
        {
            errors["roles"] = [$"Vai trò không có: {string.Join(", ", unknownRoles)}. Có: {string.Join(", ", StaffRoles.All)}."];
        }

        if (string.IsNullOrWhiteSpace(input.UserName))
        {
            errors["userName"] = ["Cần tên đăng nhập."];
        }

        var user = new StaffUser
        {
            UserName = input.UserName?.Trim(),
            DisplayName = input.DisplayName?.Trim() ?? "",
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, input.Password ?? "");
            Add(errors, "password", result);
        }

        foreach (var validator in users.UserValidators)
        {
            Add(errors, "userName", await validator.ValidateAsync(users, user));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // One transaction: the account and its roles together, or nothing (no half-made account).
        await using var transaction = await db.Database.BeginTransactionAsync();
        Add(errors, "userName", await users.CreateAsync(user, input.Password!));
        foreach (var role in errors.Count == 0 ? input.Roles ?? [] : [])
        {
            await EnsureRoleAsync(role);
            Add(errors, "roles", await users.AddToRoleAsync(user, role));
        }

        if (errors.Count == 0)
        {
            await transaction.CommitAsync();
        }

        return errors;
    }

    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var views = new List<AccountView>(all.Count);
        foreach (var user in all)
        {
            views.Add(await ViewAsync(user));
        }

        return views;
    }

    public async Task<AccountView> ViewAsync(StaffUser user) => new(
        user.UserName!, user.DisplayName, user.Email, [.. await users.GetRolesAsync(user)], user.Disabled,
        user.LockoutEnd is { } end && end > TimeProvider.System.GetUtcNow(), // Identity's lockout runs on the system clock
        user.TwoFactorEnabled, user.CreatedAt);

    /// <summary>Switches an account off (it cannot sign in; its sessions end) or on again; false when there is no such account.</summary>
    public async Task<bool> SetDisabledAsync(string userName, bool disabled)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return false;
        }

        user.Disabled = disabled;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user); // ends the account's sessions at their next validation
        return true;
    }

    /// <summary>Sets a new password chosen by the administrator, or gives field errors (key: password) and changes nothing.</summary>
    public async Task<Dictionary<string, string[]>?> ResetPasswordAsync(string userName, string? password)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return null;
        }

        var errors = new Dictionary<string, string[]>();
        foreach (var validator in users.PasswordValidators)
        {
            Add(errors, "password", await validator.ValidateAsync(users, user, password ?? ""));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        Add(errors, "password", await users.ResetPasswordAsync(user, token, password!));
        return errors;
    }

    /// <summary>Ends a lockout after wrong passwords; false when there is no such account.</summary>
    public async Task<bool> UnlockAsync(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return false;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return true;
    }

    private async Task EnsureRoleAsync(string role)
    {
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
    }

    private static void Add(Dictionary<string, string[]> errors, string field, IdentityResult result)
    {
        if (!result.Succeeded)
        {
            errors[field] = [.. errors.GetValueOrDefault(field, []), .. result.Errors.Select(e => e.Description)];
        }
    }
}
