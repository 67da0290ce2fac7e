using LaiChau.Host.Configuration;
using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary>
/// On first start (no active administrator key yet) stores the administrator key from
/// <c>Security:BootstrapApiKey</c>, or generates one, prints it once and writes it to a file only root/the owner can read.
/// </summary>
public sealed partial class ApiKeyBootstrap(
    AppDbContext db,
    TimeProvider clock,
    IOptions<SecurityOptions> security,
    IOptions<StorageOptions> storage,
    ILogger<ApiKeyBootstrap> logger)
{
    public const string KeyFileName = "bootstrap-api-key.txt";

    public async Task EnsureAdministratorKeyAsync(CancellationToken cancellationToken)
    {
        if (await db.ApiKeys.AnyAsync(k => k.Role == ApiKeyRoles.Administrator && k.RevokedAt == null, cancellationToken))
        {
            return;
        }

        var configured = security.Value.BootstrapApiKey;
        var key = string.IsNullOrEmpty(configured) ? ApiKeyRules.Generate() : configured;
        var now = clock.GetUtcNow();
        db.ApiKeys.Add(new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            Name = "bootstrap administrator",
            Role = ApiKeyRoles.Administrator,
            Hint = ApiKeyRules.Hint(key),
            Hash = ApiKeyRules.Hash(key),
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);

        if (string.IsNullOrEmpty(configured))
        {
            var file = await WriteKeyFileAsync(key, cancellationToken);
            // Straight to the console, never through the logger: the key must not reach the log files.
            await Console.Out.WriteLineAsync(
                $"{Environment.NewLine}Administrator API key (shown once, also saved to {file}):{Environment.NewLine}  {key}{Environment.NewLine}");
            LogGenerated(logger, file);
        }
        else
        {
            LogConfigured(logger);
        }
    }

    private async Task<string> WriteKeyFileAsync(string key, CancellationToken cancellationToken)
    {
        var path = Path.Combine(storage.Value.DataDirectory, KeyFileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(path, options))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteLineAsync(key.AsMemory(), cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode only applies to new files; an older file keeps its mode unless we set it.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Generated the administrator API key and saved it to {KeyFile}")]
    private static partial void LogGenerated(ILogger logger, string keyFile);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Stored the administrator API key from Security:BootstrapApiKey")]
    private static partial void LogConfigured(ILogger logger);
}
