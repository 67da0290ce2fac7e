using System.Text.Json;
using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Workflows;

/// <summary>Process variables in request bodies: a JSON object whose members become variables.</summary>
internal static class Variables
{
    public const int MaxNameLength = 200;

    public static readonly IReadOnlyDictionary<string, FeelValue> None = new Dictionary<string, FeelValue>();

    /// <summary>Null (absent) means none; anything but an object is an error named for <paramref name="field"/>.</summary>
    public static IReadOnlyDictionary<string, FeelValue>? Read(JsonElement? json, string field, Dictionary<string, string[]> errors)
    {
        if (json is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return None;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            errors[field] = ["Variables must be a JSON object: { \"name\": value, … }."];
            return null;
        }

        var result = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Length is 0 or > MaxNameLength || property.Name.Any(char.IsControl))
            {
                errors[$"{field}.{property.Name}"] = [$"A variable name has 1 to {MaxNameLength} characters, without control characters."];
                continue;
            }

            result[property.Name] = FeelValue.FromJson(property.Value);
        }

        return result;
    }
}
