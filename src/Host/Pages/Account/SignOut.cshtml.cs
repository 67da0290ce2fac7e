using LaiChau.Host.Security.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaiChau.Host.Pages.Account;

/// <summary>Sign out is a POST with the antiforgery token (a link could be triggered by another site).</summary>
public sealed class SignOutModel(StaffSignInManager signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
