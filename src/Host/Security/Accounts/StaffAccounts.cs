using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Security.Accounts;

/// <summary>Creating and administering staff accounts; used by the users API and the administration pages.</summary>
public sealed class StaffAccounts(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, Data.AppDbContext db, TimeProvider clock, PersonalData personalData)
{
    public sealed record NewAccount(string? UserName, string? DisplayName, string? Email, string? Password, IReadOnlyList<string>? Roles);

    /// <summary>An account as administrators see it; the mobile number (R2.2) only masked (<c>091****678</c>).</summary>
    public sealed record AccountView(string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles,
        bool Disabled, bool LockedOut, bool TwoFactor, DateTimeOffset CreatedAt, string? Phone);

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
        user.TwoFactorEnabled, user.CreatedAt,
        personalData.Unprotect(user.PhoneProtected) is { } phone ? Reports.Staff.ContactMasks.Phone(phone) : null);

    /// <summary>The Vietnamese error of a staff mobile number, or null when it is one (empty clears it).</summary>
    public const string PhoneError = "Số di động không hợp lệ: nhập số di động Việt Nam 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09 (có thể viết +84); để trống để xoá.";

    /// <summary>
    /// R2.2: the mobile number urgent alerts are sent to by SMS, stored encrypted (never logged); empty clears it.
    /// Null when there is no such account; field errors (key: phone) when it is not a Vietnamese mobile number.
    /// </summary>
    public async Task<Dictionary<string, string[]>?> SetPhoneAsync(string userName, string? phone)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return null;
        }

        var national = string.IsNullOrWhiteSpace(phone) ? null : Reports.Intake.PhoneNumbers.Normalize(phone);
        if (!string.IsNullOrWhiteSpace(phone) && (national is null || national.StartsWith("02", StringComparison.Ordinal)))
        {
            return new Dictionary<string, string[]> { ["phone"] = [PhoneError] }; // a landline receives no SMS
        }

        user.PhoneProtected = personalData.Protect(national);
        await users.UpdateAsync(user);
        return [];
    }

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
