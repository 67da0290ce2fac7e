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
        return app;
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
