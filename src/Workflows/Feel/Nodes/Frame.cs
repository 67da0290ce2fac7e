namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>
/// A scope of local names: one bound name (a quantifier's variable, a filter's <c>item</c>), whose keys are also
/// visible when it is a filtered context, or a context literal whose earlier entries later ones may use.
/// </summary>
internal sealed class Frame(Frame? parent)
{
    public Frame? Parent { get; } = parent;

    public string? Name { get; set; }

    public FeelValue Value { get; set; }

    public bool ExposeKeys { get; set; }

    public FeelMap? Entries { get; set; }

    public bool TryGet(string name, out FeelValue value)
    {
        if (Name is not null && string.Equals(Name, name, StringComparison.Ordinal))
        {
            value = Value;
            return true;
        }

        if (ExposeKeys && Value.Kind == FeelKind.Context && Value.AsContext().TryGet(name, out value))
        {
            return true;
        }

        if (Entries is not null && Entries.TryGet(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
