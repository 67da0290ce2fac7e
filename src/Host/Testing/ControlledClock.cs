namespace LaiChau.Host.Testing;

/// <summary>
/// The app's clock when <c>Testing:ControlledClock</c> is on (never in Production): real time plus an offset that
/// black-box tests move forward through <c>/api/v1/testing/clock</c>, like Zeebe's clock actuator.
/// </summary>
public sealed class ControlledClock : TimeProvider
{
    private readonly Lock _gate = new();
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return System.GetUtcNow() + _offset;
        }
    }

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    /// <summary>Moves the clock forward to <paramref name="instant"/>; it never goes back (leases and due dates would lie).</summary>
    public DateTimeOffset MoveTo(DateTimeOffset instant)
    {
        lock (_gate)
        {
            var now = System.GetUtcNow() + _offset;
            if (instant < now)
            {
                throw new ArgumentOutOfRangeException(nameof(instant), $"The clock only moves forward; it is {now:O} already.");
            }

            _offset += instant - now;
            return instant;
        }
    }

    public DateTimeOffset Advance(TimeSpan by) =>
        by < TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.")
            : MoveTo(GetUtcNow() + by);
}
