using System.Runtime.InteropServices;

namespace LaiChau.Workflows.Feel;

/// <summary>
/// One FEEL value. A struct with a kind tag so that evaluating conditions does not box:
/// numbers live in <c>_number</c>, temporal values in <c>_ticks</c>/<c>_offset</c>, the rest in <c>_ref</c>.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly partial struct FeelValue
{
    // Offset in minutes of a time or date-time; this sentinel marks a local value without offset.
    private const int NoOffset = int.MinValue;

    private readonly object? _ref;
    private readonly decimal _number;
    private readonly long _ticks;
    private readonly int _offset;
    private readonly FeelKind _kind;

    private FeelValue(FeelKind kind, object? reference = null, decimal number = 0, long ticks = 0, int offset = NoOffset)
    {
        _kind = kind;
        _ref = reference;
        _number = number;
        _ticks = ticks;
        _offset = offset;
    }

    public FeelKind Kind => _kind;

    public bool IsNull => _kind == FeelKind.Null;

    /// <summary>True only for the boolean <c>true</c>; the rule for conditions.</summary>
    public bool IsTrue => _kind == FeelKind.Boolean && _ticks != 0;

    public static FeelValue Null => default;

    public static FeelValue True { get; } = new(FeelKind.Boolean, ticks: 1);

    public static FeelValue False { get; } = new(FeelKind.Boolean, ticks: 0);

    public static FeelValue Boolean(bool value) => value ? True : False;

    public static FeelValue Number(decimal value) => new(FeelKind.Number, number: value);

    public static FeelValue String(string? value) => value is null ? Null : new(FeelKind.String, value);

    public static FeelValue Date(DateOnly value) => new(FeelKind.Date, ticks: value.DayNumber);

    public static FeelValue Time(TimeOnly value, TimeSpan? offset = null) =>
        new(FeelKind.Time, ticks: value.Ticks, offset: ToMinutes(offset));

    /// <summary>A local date-time (no offset); the <see cref="System.DateTime.Kind"/> is ignored.</summary>
    public static FeelValue DateTime(DateTime value) => new(FeelKind.DateTime, ticks: value.Ticks);

    public static FeelValue DateTime(DateTimeOffset value) =>
        new(FeelKind.DateTime, ticks: value.DateTime.Ticks, offset: (int)value.Offset.TotalMinutes);

    public static FeelValue DaysTimeDuration(TimeSpan value) => new(FeelKind.DaysTimeDuration, ticks: value.Ticks);

    public static FeelValue YearsMonthsDuration(int totalMonths) => new(FeelKind.YearsMonthsDuration, ticks: totalMonths);

    public static FeelValue List(IEnumerable<FeelValue> items) => new(FeelKind.List, items.ToArray());

    public static FeelValue Context(FeelMap context) => new(FeelKind.Context, context);

    public static FeelValue Context(IEnumerable<KeyValuePair<string, FeelValue>> entries) => Context(new FeelMap(entries));

    public static FeelValue Range(FeelRange range) => new(FeelKind.Range, range);

    /// <summary>Takes ownership of the array: the caller must not change it afterwards.</summary>
    internal static FeelValue OwnedList(FeelValue[] items) => new(FeelKind.List, items);

    public bool AsBoolean() => Expect(FeelKind.Boolean)._ticks != 0;

    public decimal AsNumber() => Expect(FeelKind.Number)._number;

    public string AsString() => (string)Expect(FeelKind.String)._ref!;

    public DateOnly AsDate() => DateOnly.FromDayNumber((int)Expect(FeelKind.Date)._ticks);

    public TimeOnly AsTime() => new(Expect(FeelKind.Time)._ticks);

    /// <summary>The wall-clock part of a date-time (with or without offset).</summary>
    public DateTime AsDateTime() => new(Expect(FeelKind.DateTime)._ticks, DateTimeKind.Unspecified);

    /// <summary>The offset of a time or date-time, or null when the value is local.</summary>
    public TimeSpan? Offset => _offset == NoOffset || (_kind != FeelKind.Time && _kind != FeelKind.DateTime)
        ? null
        : TimeSpan.FromMinutes(_offset);

    /// <summary>The instant of a date-time that has an offset.</summary>
    public DateTimeOffset AsDateTimeOffset() =>
        Offset is { } offset ? new DateTimeOffset(AsDateTime(), offset) : throw WrongKind(FeelKind.DateTime);

    public TimeSpan AsDaysTimeDuration() => new(Expect(FeelKind.DaysTimeDuration)._ticks);

    public int AsTotalMonths() => (int)Expect(FeelKind.YearsMonthsDuration)._ticks;

    public ReadOnlySpan<FeelValue> AsList() => (FeelValue[])Expect(FeelKind.List)._ref!;

    public FeelMap AsContext() => (FeelMap)Expect(FeelKind.Context)._ref!;

    public FeelRange AsRange() => (FeelRange)Expect(FeelKind.Range)._ref!;

    // Unchecked accessors for the evaluator, which has already tested the kind.
    internal decimal RawNumber => _number;

    internal long RawTicks => _ticks;

    internal int RawOffset => _offset;

    internal bool HasOffset => _offset != NoOffset;

    internal object? RawRef => _ref;

    internal FeelValue[] RawList => (FeelValue[])_ref!;

    internal static FeelValue TimeRaw(long ticks, int offset) => new(FeelKind.Time, ticks: ticks, offset: offset);

    internal static FeelValue DateTimeRaw(long ticks, int offset) => new(FeelKind.DateTime, ticks: ticks, offset: offset);

    internal static int NoOffsetMinutes => NoOffset;

    private static int ToMinutes(TimeSpan? offset) => offset is { } o ? (int)o.TotalMinutes : NoOffset;

    private FeelValue Expect(FeelKind kind) => _kind == kind ? this : throw WrongKind(kind);

    private InvalidOperationException WrongKind(FeelKind kind) =>
        new($"The FEEL value is {_kind}, not {kind}.");
}
