using System.Globalization;
using LaiChau.Host.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Health;

/// <summary>Free space on the data folder's file system, against <see cref="HealthOptions"/>' two thresholds.</summary>
public sealed class DataFolderHealthCheck(IOptions<StorageOptions> storage, IOptions<HealthOptions> options) : IHealthCheck
{
    private const long Megabyte = 1024 * 1024;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var folder = storage.Value.DataDirectory;
        if (!Directory.Exists(folder))
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The data folder does not exist."));
        }

        // On Linux the drive of a path is its file system (statvfs), whatever mount point it is under.
        var free = new DriveInfo(folder).AvailableFreeSpace / Megabyte;
        var limits = options.Value;
        var data = new Dictionary<string, object> { ["freeMegabytes"] = free };
        var text = string.Create(CultureInfo.InvariantCulture, $"{free:N0} MB free in the data folder");
        return Task.FromResult(free < limits.UnhealthyBelowMegabytes
            ? HealthCheckResult.Unhealthy(string.Create(CultureInfo.InvariantCulture, $"{text} (under {limits.UnhealthyBelowMegabytes:N0} MB): the database and logs are about to fail."), data: data)
            : free < limits.DegradedBelowMegabytes
                ? HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture, $"{text} (under {limits.DegradedBelowMegabytes:N0} MB)."), data: data)
                : HealthCheckResult.Healthy(text + ".", data));
    }
}
