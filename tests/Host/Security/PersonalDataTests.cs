using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LaiChau.Host.Data;
using LaiChau.Host.Security;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Security;

/// <summary>R5.5 / R3.7: reporters' personal data encrypted at rest, and the keys that encrypt it.</summary>
public abstract class PersonalDataTests : ProviderTestBase
{
    [Fact]
    public void R5_5_PersonalData_IsUnreadableWithoutTheKey_AndRoundTrips()
    {
        var data = NewHost().Services.GetRequiredService<PersonalData>();

        var secret = data.Protect("Lò Văn Páo, 0912345678")!;

        Assert.DoesNotContain("Páo", secret, StringComparison.Ordinal);
        Assert.DoesNotContain("0912345678", secret, StringComparison.Ordinal);
        Assert.Equal("Lò Văn Páo, 0912345678", data.Unprotect(secret));
    }

    [Fact]
    public async Task R3_7_WithACertificate_TheKeyRingIsEncryptedInTheDatabase_AndAnotherHostReadsIt()
    {
        using var folder = new TempDirectory("laichau-cert");
        var pfx = Path.Combine(folder.Path, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=LaiChau data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        }

        var first = NewHost().With("Security:KeyCertificatePath", pfx).With("Security:KeyCertificatePassword", "test-password");
        var secret = first.Services.GetRequiredService<PersonalData>().Protect("0912345678")!;

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, k => Assert.Contains("EncryptedData", k.Xml, StringComparison.Ordinal));
            Assert.All(keys, k => Assert.DoesNotContain("<masterKey", k.Xml, StringComparison.Ordinal));
        }

        if (Postgres is not null)
        {
            // A second host on the same database, with the same certificate, reads what the first wrote.
            var second = NewHost().With("Security:KeyCertificatePath", pfx).With("Security:KeyCertificatePassword", "test-password");
            Assert.Equal("0912345678", second.Services.GetRequiredService<PersonalData>().Unprotect(secret));
        }
    }
}

public sealed class SqlitePersonalDataTests : PersonalDataTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPersonalDataTests : PersonalDataTests
{
    public PostgresPersonalDataTests(PostgresDatabase database) => Postgres = database;
}
