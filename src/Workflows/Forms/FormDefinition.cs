using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Forms;

/// <summary>A Camunda Form (form-js JSON schema) as the host reads it: its id and its components in order.</summary>
public sealed record FormDefinition(string Id, IReadOnlyList<FormComponent> Components)
{
    /// <summary>Every component, groups' children after their group, in the order a person reads them.</summary>
    public IEnumerable<FormComponent> All => Flatten(Components);

    /// <summary>The components whose value a completion may set: keyed, neither disabled nor read-only.</summary>
    public IEnumerable<FormComponent> Settable => All.Where(c => c.Key is not null && !c.Disabled && !c.Readonly);

    public FormComponent? FindByKey(string key) => All.FirstOrDefault(c => c.Key == key);

    private static IEnumerable<FormComponent> Flatten(IEnumerable<FormComponent> components)
    {
        foreach (var component in components)
        {
            yield return component;
            foreach (var child in Flatten(component.Components))
            {
                yield return child;
            }
        }
    }
}

/// <summary>
/// One component. Which properties matter depends on <see cref="Type"/> (see <see cref="FormComponentTypes"/>):
/// text and group have no key; options come from <see cref="Values"/> or the list named by <see cref="ValuesKey"/>.
/// </summary>
public sealed record FormComponent
{
    public required string Type { get; init; }

    public required string Id { get; init; }

    public string? Key { get; init; }

    public string? Label { get; init; }

    public string? Description { get; init; }

    /// <summary>The markdown of a <c>text</c> component.</summary>
    public string? Text { get; init; }

    public FormValidation Validate { get; init; } = FormValidation.None;

    public IReadOnlyList<FormOption> Values { get; init; } = [];

    /// <summary>The name of an option list the host supplies (e.g. <c>agencies</c>) or a process variable holding one.</summary>
    public string? ValuesKey { get; init; }

    /// <summary><c>conditional.hide</c>: when true the component is not shown, not checked and not submitted.</summary>
    public FeelExpression? Hide { get; init; }

    public bool Disabled { get; init; }

    public bool Readonly { get; init; }

    public FeelValue DefaultValue { get; init; }

    /// <summary><c>datetime</c>: <c>date</c>, <c>time</c> or <c>datetime</c>.</summary>
    public string? Subtype { get; init; }

    /// <summary><c>datetime</c>: how a time is written (form-js <c>timeSerializingFormat</c>).</summary>
    public string? TimeFormat { get; init; }

    public string? DateLabel { get; init; }

    public string? TimeLabel { get; init; }

    /// <summary><c>filepicker</c>: several files allowed.</summary>
    public bool Multiple { get; init; }

    /// <summary><c>filepicker</c>: the accept attribute (e.g. <c>image/*,video/*</c>).</summary>
    public string? Accept { get; init; }

    /// <summary><c>number</c>: digits after the decimal point allowed (null: any).</summary>
    public int? DecimalDigits { get; init; }

    public decimal? Increment { get; init; }

    public IReadOnlyList<FormComponent> Components { get; init; } = [];
}

/// <summary>The <c>validate</c> rules the host enforces; anything else in <c>validate</c> is refused at deploy.</summary>
public sealed record FormValidation(
    bool Required = false,
    int? MinLength = null,
    int? MaxLength = null,
    decimal? Min = null,
    decimal? Max = null,
    string? Pattern = null,
    string? PatternErrorMessage = null)
{
    public static FormValidation None { get; } = new();
}

/// <summary>One choice of a select, radio or checklist: what is shown and what is submitted.</summary>
public sealed record FormOption(string Label, string Value);
