using LaiChau.Workflows.Time;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Media;

/// <summary>Report media settings (<c>Reports:Media:*</c>): limits at intake (R5.3) and retention (R10.1).</summary>
public sealed class MediaOptions
{
    public const string Section = "Reports:Media";

    /// <summary>Largest photo accepted, in bytes (a phone's full-resolution JPEG or HEIC is 2–6 MB).</summary>
    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest video accepted, in bytes: R5.3 asks for short clips, not recordings.</summary>
    public long MaxVideoBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Most files on one report.</summary>
    public int MaxFiles { get; set; } = 5;

    /// <summary>
    /// Largest whole request on the intake endpoints: refused with 413 before it is read, so an oversized upload
    /// never fills the disk or the memory. Default: room for two full-size videos and the text fields.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 110 * 1024 * 1024;

    /// <summary>
    /// R10.1: how long media are kept after a report is closed, as an ISO 8601 period of years, months and days
    /// (<c>P6M</c>, <c>P1Y</c>, <c>P200D</c>). Months are calendar months; at least 5 months, enforced at start.
    /// </summary>
    public string RetentionPeriod { get; set; } = "P6M";

    /// <summary>How long a public signed link works (R9: public reports only).</summary>
    public TimeSpan PublicLinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The largest file of a kind.</summary>
    public long MaxBytes(MediaKind kind) => kind == MediaKind.Image ? MaxImageBytes : MaxVideoBytes;

    /// <summary>The parsed period (a method, not a property, so that configuration binding never evaluates it).</summary>
    public RetentionPeriod Retention() => Media.RetentionPeriod.Parse(RetentionPeriod)
        ?? throw new InvalidOperationException($"{Section}:RetentionPeriod is not valid (the validator runs at start).");
}

/// <summary>A calendar period of months and days (years are 12 months), applied in Vietnam's calendar.</summary>
public sealed record RetentionPeriod(int Months, int Days)
{
    /// <summary>R10.1: images and video are kept at least 5 months.</summary>
    public const int MinimumMonths = 5;

    /// <summary>
    /// The longest run of 1–5 calendar months, in days (Jul–Aug is 62, Jul–Nov 153): fewer months plus at least
    /// this many days still reach 5 months whatever day the report closed.
    /// </summary>
    private static readonly int[] LongestMonthsInDays = [0, 31, 62, 92, 123, 153];

    public bool IsAtLeastTheMinimum => Months >= MinimumMonths || Days >= LongestMonthsInDays[MinimumMonths - Months];

    /// <summary>The instant before which a report must have closed for its media to go.</summary>
    public DateTimeOffset ClosedBefore(DateTimeOffset now)
    {
        var local = VietnamTime.Of(now);
        return local.AddMonths(-Months).AddDays(-Days).ToUniversalTime();
    }

    /// <summary>A period of years, months, weeks and days (no time, not negative), within a century; else null.</summary>
    public static RetentionPeriod? Parse(string? text) =>
        text is not null && IsoDuration.TryParse(text.Trim(), out var d) && !d.Negative && d.TimeTicks == 0
            && d.Months <= 1200 && d.Days <= 36500
            ? new RetentionPeriod(d.Months, (int)d.Days)
            : null;
}

/// <summary>Stops the app at start (exit code 2, one line naming the setting) on a limit that makes no sense or a retention under R10.1's minimum.</summary>
public sealed class MediaOptionsValidator : IValidateOptions<MediaOptions>
{
    public ValidateOptionsResult Validate(string? name, MediaOptions options)
    {
        var failures = new List<string>();
        var period = RetentionPeriod.Parse(options.RetentionPeriod);
        if (period is null)
        {
            failures.Add($"{MediaOptions.Section}:RetentionPeriod '{options.RetentionPeriod}' must be an ISO 8601 period such as P6M (months) or P200D (days).");
        }
        else if (!period.IsAtLeastTheMinimum)
        {
            failures.Add($"{MediaOptions.Section}:RetentionPeriod '{options.RetentionPeriod}' is shorter than the {RetentionPeriod.MinimumMonths} months that R10.1 requires.");
        }

        if (options.MaxImageBytes < 1024 || options.MaxVideoBytes < 1024)
        {
            failures.Add($"{MediaOptions.Section}:MaxImageBytes and :MaxVideoBytes must be at least 1024.");
        }

        if (options.MaxFiles is < 1 or > 50)
        {
            failures.Add($"{MediaOptions.Section}:MaxFiles must be between 1 and 50.");
        }

        if (options.MaxRequestBytes < Math.Max(options.MaxImageBytes, options.MaxVideoBytes))
        {
            failures.Add($"{MediaOptions.Section}:MaxRequestBytes must be at least the largest file allowed.");
        }

        if (options.PublicLinkLifetime < TimeSpan.FromSeconds(10) || options.PublicLinkLifetime > TimeSpan.FromDays(1))
        {
            failures.Add($"{MediaOptions.Section}:PublicLinkLifetime must be between 10 seconds and 1 day.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
