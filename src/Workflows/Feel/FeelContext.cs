using LaiChau.Workflows.Time;

namespace LaiChau.Workflows.Feel;

/// <summary>
/// What an evaluation may use besides its variables: the clock and time zone for <c>now()</c> and <c>today()</c>,
/// function implementations, and an optional sink for warnings.
/// </summary>
public sealed class FeelContext
{
    public FeelContext(TimeProvider clock, FeelFunctions? functions = null, TimeZoneInfo? zone = null)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Functions = functions;
        Zone = zone ?? VietnamTime.Zone;
    }

    public TimeProvider Clock { get; }

    /// <summary>
    /// When set, calls take their implementation from here by name (falling back to the one the expression was
    /// parsed with), so a runtime can bind domain functions per evaluation.
    /// </summary>
    public FeelFunctions? Functions { get; }

    /// <summary>The zone of <c>now()</c> and <c>today()</c>; Asia/Ho_Chi_Minh unless given.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Where evaluation problems are reported; null means they are not collected.</summary>
    public IList<FeelWarning>? Warnings { get; init; }

    /// <summary>The current instant in <see cref="Zone"/>.</summary>
    public DateTimeOffset Now() => TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Zone);
}
