using System.ComponentModel.DataAnnotations;

namespace LaiChau.Host.Health;

/// <summary><c>Health</c>: the free space of the data folder (SQLite database, logs, mail pickup) below which health warns.</summary>
public sealed class HealthOptions : IValidatableObject
{
    public const string Section = "Health";

    /// <summary>Below this many megabytes free, <c>/health</c> is degraded.</summary>
    [Range(0, 1_000_000_000, ErrorMessage = "Health:DegradedBelowMegabytes must be between 0 and 1000000000.")]
    public long DegradedBelowMegabytes { get; set; } = 1024;

    /// <summary>Below this many megabytes free, <c>/health</c> is unhealthy (503): writes are about to fail.</summary>
    [Range(0, 1_000_000_000, ErrorMessage = "Health:UnhealthyBelowMegabytes must be between 0 and 1000000000.")]
    public long UnhealthyBelowMegabytes { get; set; } = 100;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UnhealthyBelowMegabytes > DegradedBelowMegabytes)
        {
            yield return new ValidationResult("Health:UnhealthyBelowMegabytes must not exceed Health:DegradedBelowMegabytes.",
                [nameof(UnhealthyBelowMegabytes), nameof(DegradedBelowMegabytes)]);
        }
    }
}
