using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace LaiChau.Host.Security;

/// <summary>
/// Encrypts the data-protection key ring at rest with <c>Security:KeyCertificatePath</c> (R3.7, R5.5): the database
/// holds the keys, the certificate file holds what unlocks them, so neither alone reveals personal data.
/// </summary>
public static partial class KeyCertificate
{
    public static X509Certificate2? TryLoad(string path, string? password, out string? problem)
    {
        problem = null;
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            if (certificate.HasPrivateKey && certificate.GetRSAPrivateKey() is not null)
            {
                return certificate;
            }

            problem = "the certificate has no RSA private key.";
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be read ({e.Message.TrimEnd('.')}).";
        }

        return null;
    }

    /// <summary>
    /// Encrypts the key ring with the certificate of <c>Security:KeyCertificatePath</c> when it loads (a path that does
    /// not load stops the app at start through <see cref="SecurityOptionsValidator"/>); without one, warns at start.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var path = configuration[$"{SecurityOptions.Section}:{nameof(SecurityOptions.KeyCertificatePath)}"];
        if (string.IsNullOrEmpty(path))
        {
            builder.Services.AddHostedService<KeysInClearWarning>();
            return builder;
        }

        if (TryLoad(path, configuration[$"{SecurityOptions.Section}:{nameof(SecurityOptions.KeyCertificatePassword)}"], out _) is { } certificate)
        {
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return builder;
    }

    private sealed class KeysInClearWarning(ILogger<KeysInClearWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogKeysInClear(logger);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning,
        Message = "Security:KeyCertificatePath is not set: the keys that encrypt personal data are stored unencrypted in the database")]
    private static partial void LogKeysInClear(ILogger logger);
}
