namespace LaiChau.Host.Designer;

/// <summary>Where the designer lives (its static assets come from LaiChau.Designer under <c>/designer</c>).</summary>
public static class DesignerPaths
{
    public const string Root = "/designer";
    public const string Home = "/designer/";
    public const string SignIn = "/designer/sign-in";
    public const string SignOut = "/designer/sign-out";

    public static bool IsPage(PathString path) => path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);

    /// <summary>Only designer pages of this site are return targets (no open redirect).</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(Home, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : Home;
}
