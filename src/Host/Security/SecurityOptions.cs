namespace LaiChau.Host.Security;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// <c>Security:BootstrapApiKey</c>: the administrator key stored (hashed) on first start. When empty, one is
    /// generated, printed once and written to <c>data/bootstrap-api-key.txt</c>.
    /// </summary>
    public string? BootstrapApiKey { get; set; }

    /// <summary>
    /// <c>Security:KeyCertificatePath</c>: a PKCS#12 file (.pfx) whose certificate encrypts the data-protection keys
    /// kept in the database — the keys that encrypt reporters' personal data (R5.5). Without it the keys are stored
    /// unencrypted and the app warns at start: a copy of the database alone would then reveal personal data.
    /// Every host sharing the database uses the same file.
    /// </summary>
    public string? KeyCertificatePath { get; set; }

    public string? KeyCertificatePassword { get; set; }
}
