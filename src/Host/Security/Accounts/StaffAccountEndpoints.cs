using LaiChau.Host.Security.ApiKeys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Security.Accounts;

/// <summary><c>/api/v1/users</c>: administrators create and list staff accounts (the web UI's administration uses the same code).</summary>
public static class StaffAccountEndpoints
{
    public static WebApplication MapStaffAccounts(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/users").RequireAuthorization(ApiKeysSetup.AdministratorPolicy).WithTags(ApiDocs.ApiTags.Users);
        group.MapPost("", CreateAsync).WithSummary("Create a staff account of the web UI");
        group.MapGet("", async (StaffAccounts accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ListAsync(ct))).WithSummary("Every staff account");
        group.MapPut("{userName}/phone", SetPhoneAsync).WithSummary("Set or clear the mobile number urgent alerts are sent to by SMS (R2.2); stored encrypted");
        return app;
    }

    /// <summary>The body of <c>PUT /api/v1/users/{userName}/phone</c>: a Vietnamese mobile number, or null or empty to clear it.</summary>
    public sealed record PhoneInput(string? Phone);

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> SetPhoneAsync(string userName, PhoneInput input, StaffAccounts accounts)
    {
        var errors = await accounts.SetPhoneAsync(userName, input.Phone);
        return errors switch
        {
            null => TypedResults.NotFound(),
            { Count: > 0 } => TypedResults.ValidationProblem(errors, title: "Không lưu được số di động."),
            _ => TypedResults.NoContent(),
        };
    }

    private static async Task<Results<Created<StaffAccounts.AccountView>, ValidationProblem>> CreateAsync(
        StaffAccounts.NewAccount input, StaffAccounts accounts, Microsoft.AspNetCore.Identity.UserManager<StaffUser> users)
    {
        var errors = await accounts.CreateAsync(input);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Không tạo được tài khoản.");
        }

        var user = await users.FindByNameAsync(input.UserName!.Trim());
        return TypedResults.Created($"/api/v1/users/{user!.UserName}", await accounts.ViewAsync(user));
    }
}
