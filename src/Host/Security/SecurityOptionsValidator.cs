using Microsoft.Extensions.Options;

namespace LaiChau.Host.Security;

public sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    public const int MinimumKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        if (options.KeyCertificatePath is { Length: > 0 } path && KeyCertificate.TryLoad(path, options.KeyCertificatePassword, out var problem) is null)
        {
            return ValidateOptionsResult.Fail($"Security:KeyCertificatePath '{path}': {problem}");
        }

        var key = options.BootstrapApiKey;
        if (string.IsNullOrEmpty(key))
        {
            return ValidateOptionsResult.Success;
        }

        if (key.Length < MinimumKeyLength || key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return ValidateOptionsResult.Fail(
                $"Security:BootstrapApiKey must be at least {MinimumKeyLength} characters without spaces " +
                "(leave it empty to have one generated).");
        }

        return ValidateOptionsResult.Success;
    }
}
