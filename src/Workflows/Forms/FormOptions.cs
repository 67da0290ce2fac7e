using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Forms;

/// <summary>
/// Lists of options the host supplies by name (<c>valuesKey</c>), e.g. the agencies a report may be transferred to.
/// Asked with the task's variables, so a list can depend on the case (not the lead agency itself).
/// </summary>
public interface IFormOptionSource
{
    /// <summary>The options named <paramref name="valuesKey"/>, or null when the host has no list of that name.</summary>
    Task<IReadOnlyList<FormOption>?> OptionsAsync(string valuesKey, IReadOnlyDictionary<string, FeelValue> variables, CancellationToken ct);
}

/// <summary>Where a component's options come from: its static values, the host's list, else a process variable (as form-js reads it).</summary>
public static class FormOptions
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<FormOption>>> ResolveAsync(
        FormDefinition form, IReadOnlyDictionary<string, FeelValue> variables, IFormOptionSource? source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = new Dictionary<string, IReadOnlyList<FormOption>>(StringComparer.Ordinal);
        foreach (var component in form.All.Where(c => FormComponentTypes.HasOptions(c.Type)))
        {
            result[component.Id] = component.ValuesKey is not { } key
                ? component.Values
                : (source is null ? null : await source.OptionsAsync(key, variables, ct)) ?? FromVariable(variables, key);
        }

        return result;
    }

    /// <summary>A variable holding a list of <c>{ label, value }</c> contexts or of plain strings.</summary>
    private static IReadOnlyList<FormOption> FromVariable(IReadOnlyDictionary<string, FeelValue> variables, string key)
    {
        if (!variables.TryGetValue(key, out var list) || list.Kind != FeelKind.List)
        {
            return [];
        }

        var options = new List<FormOption>();
        foreach (var item in list.AsList())
        {
            if (item.Kind == FeelKind.String)
            {
                options.Add(new FormOption(item.AsString(), item.AsString()));
            }
            else if (item.Kind == FeelKind.Context && item.AsContext().TryGet("value", out var value) && value.Kind == FeelKind.String)
            {
                var label = item.AsContext().TryGet("label", out var l) && l.Kind == FeelKind.String ? l.AsString() : value.AsString();
                options.Add(new FormOption(label, value.AsString()));
            }
        }

        return options;
    }
}
