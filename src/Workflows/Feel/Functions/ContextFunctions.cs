namespace LaiChau.Workflows.Feel.Functions;

/// <summary>Context functions; <c>get value</c> also reaches keys that a path cannot name (keys with spaces).</summary>
internal static class ContextFunctions
{
    public static FeelValue GetValue(ReadOnlySpan<FeelValue> args, FeelContext _) =>
        args[0].Kind == FeelKind.Context && args[1].Kind == FeelKind.String && args[0].AsContext().TryGet(args[1].AsString(), out var value)
            ? value
            : FeelValue.Null;

    /// <summary>A list of <c>{key, value}</c> contexts in entry order.</summary>
    public static FeelValue GetEntries(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.Context)
        {
            return FeelValue.Null;
        }

        var map = args[0].AsContext();
        var entries = new FeelValue[map.Count];
        for (var i = 0; i < map.Count; i++)
        {
            var entry = new FeelMap(2);
            entry.Set("key", FeelValue.String(map[i].Key));
            entry.Set("value", map[i].Value);
            entries[i] = FeelValue.Context(entry);
        }

        return FeelValue.OwnedList(entries);
    }

    /// <summary>A copy of the context with the entry added or replaced.</summary>
    public static FeelValue ContextPut(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.Context || args[1].Kind != FeelKind.String)
        {
            return FeelValue.Null;
        }

        var copy = new FeelMap(args[0].AsContext());
        copy.Set(args[1].AsString(), args[2]);
        return FeelValue.Context(copy);
    }

    /// <summary><c>context merge(list of contexts)</c>: later entries win.</summary>
    public static FeelValue ContextMerge(ReadOnlySpan<FeelValue> args, FeelContext _)
    {
        if (args[0].Kind != FeelKind.List)
        {
            return FeelValue.Null;
        }

        var merged = new FeelMap(4);
        foreach (var item in args[0].AsList())
        {
            if (item.Kind != FeelKind.Context)
            {
                return FeelValue.Null;
            }

            foreach (var (key, value) in item.AsContext())
            {
                merged.Set(key, value);
            }
        }

        return FeelValue.Context(merged);
    }
}
