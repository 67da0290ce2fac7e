namespace LaiChau.Workflows.Feel;

/// <summary>
/// A function callable from FEEL. It must not throw for bad input: return <see cref="FeelValue.Null"/> instead
/// (the engine then records a warning). Exceptions are caught and treated the same way.
/// </summary>
public delegate FeelValue FeelFunction(ReadOnlySpan<FeelValue> args, FeelContext context);
