namespace LaiChau.Host.Security;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// <c>Security:BootstrapApiKey</c>: the administrator key stored (hashed) on first start. When empty, one is
    /// generated, printed once and written to <c>data/bootstrap-api-key.txt</c>.
    /// </summary>
    public string? BootstrapApiKey { get; set; }
}
