namespace LaiChau.Workflows.Feel;

/// <summary>Structural equality as FEEL defines it: numbers by value, lists by element, contexts by entry.</summary>
public readonly partial struct FeelValue : IEquatable<FeelValue>
{
    public static bool operator ==(FeelValue left, FeelValue right) => left.Equals(right);

    public static bool operator !=(FeelValue left, FeelValue right) => !left.Equals(right);

    public bool Equals(FeelValue other) => FeelCompare.AreEqual(this, other) == true;

    public override bool Equals(object? obj) => obj is FeelValue other && Equals(other);

    public override int GetHashCode() => _kind switch
    {
        FeelKind.Null => 0,
        FeelKind.Number => _number.GetHashCode(),
        FeelKind.String => StringComparer.Ordinal.GetHashCode((string)_ref!),
        FeelKind.List => HashCode.Combine(_kind, RawList.Length),
        FeelKind.Context => HashCode.Combine(_kind, AsContext().Count),
        FeelKind.Range => HashCode.Combine(_kind, AsRange().Low.GetHashCode(), AsRange().High.GetHashCode()),
        // Values with an offset are equal by instant, so hash the instant.
        _ when HasOffset => HashCode.Combine(_kind, _ticks - (_offset * TimeSpan.TicksPerMinute)),
        _ => HashCode.Combine(_kind, _ticks),
    };

    public override string ToString() => FeelText.Format(this);
}
