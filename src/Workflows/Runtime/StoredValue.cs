using System.Text.Json;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Variables are stored as JSON (ADR 6 point 4), so a value is put into its stored form the moment it is set:
/// temporal values become ISO 8601 strings, as in Zeebe. An instance then behaves the same whether it stayed in
/// memory or was saved and loaded between two commands.
/// </summary>
public static class StoredValue
{
    public static FeelValue Normalize(FeelValue value) => value.Kind switch
    {
        FeelKind.Null or FeelKind.Boolean or FeelKind.Number or FeelKind.String => value,
        _ => FromJson(ToJson(value)),
    };

    public static string ToJson(FeelValue value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteJson(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static FeelValue FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FeelValue.FromJson(document.RootElement);
    }
}
