using System.Text.Json;

namespace LaiChau.Workflows.Feel;

/// <summary>A plain set of variables backed by a dictionary.</summary>
public sealed class FeelVariables : IFeelVariables
{
    private readonly Dictionary<string, FeelValue> _values;

    public FeelVariables() => _values = new(StringComparer.Ordinal);

    public FeelVariables(IEnumerable<KeyValuePair<string, FeelValue>> values) => _values = new(values, StringComparer.Ordinal);

    public FeelValue this[string name]
    {
        get => _values.TryGetValue(name, out var value) ? value : FeelValue.Null;
        set => _values[name] = value;
    }

    public int Count => _values.Count;

    /// <summary>The properties of a JSON object become variables.</summary>
    public static FeelVariables FromJson(JsonElement variables)
    {
        if (variables.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("FEEL variables must be a JSON object.", nameof(variables));
        }

        var result = new FeelVariables();
        foreach (var property in variables.EnumerateObject())
        {
            result[property.Name] = FeelValue.FromJson(property.Value);
        }

        return result;
    }

    public bool TryGet(string name, out FeelValue value) => _values.TryGetValue(name, out value);
}
