namespace LaiChau.Host.Demo;

/// <summary>
/// The app's clock in demo mode: real time plus an offset. Before anything is written it may be set back once (the
/// demo's province "started" some months ago); the seeding then walks it forward through the reports' history, and it
/// ends on real time. It never goes back after that, and never ahead of real time.
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private readonly Lock _gate = new();
    private TimeSpan _offset;
    private bool _rewound;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return System.GetUtcNow() + _offset;
        }
    }

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    /// <summary>Sets the clock back by <paramref name="by"/>, once, before the first write of the seeding.</summary>
    public void Rewind(TimeSpan by)
    {
        lock (_gate)
        {
            if (_rewound || _offset != TimeSpan.Zero || by < TimeSpan.Zero)
            {
                throw new InvalidOperationException("The demo clock goes back once, before anything is written.");
            }

            _rewound = true;
            _offset = -by;
        }
    }

    /// <summary>Moves forward to <paramref name="instant"/>, or to real time if that is earlier; never back.</summary>
    public DateTimeOffset MoveTo(DateTimeOffset instant)
    {
        lock (_gate)
        {
            var real = System.GetUtcNow();
            var target = instant > real ? real : instant;
            if (target > real + _offset)
            {
                _offset = target - real;
            }

            return real + _offset;
        }
    }

    /// <summary>Back on real time for good.</summary>
    public void CatchUp()
    {
        lock (_gate)
        {
            _offset = TimeSpan.Zero;
        }
    }
}
