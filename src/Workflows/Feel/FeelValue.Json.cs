using System.Text.Json;

namespace LaiChau.Workflows.Feel;

/// <summary>
/// JSON is how process variables are stored: numbers ↔ decimal, objects ↔ contexts, arrays ↔ lists.
/// Temporal values are written as ISO 8601 strings (and read back as strings).
/// </summary>
public readonly partial struct FeelValue
{
    public static FeelValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => True,
        JsonValueKind.False => False,
        JsonValueKind.String => String(element.GetString()),
        // A number beyond decimal's range has no FEEL value.
        JsonValueKind.Number => element.TryGetDecimal(out var number) ? Number(number) : Null,
        JsonValueKind.Array => OwnedList(element.EnumerateArray().Select(FromJson).ToArray()),
        JsonValueKind.Object => Context(ReadObject(element)),
        _ => Null,
    };

    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (_kind)
        {
            case FeelKind.Null:
            case FeelKind.Range:
                writer.WriteNullValue();
                break;
            case FeelKind.Boolean:
                writer.WriteBooleanValue(_ticks != 0);
                break;
            case FeelKind.Number:
                writer.WriteNumberValue(FeelText.Normalize(_number));
                break;
            case FeelKind.List:
                writer.WriteStartArray();
                foreach (var item in RawList)
                {
                    item.WriteJson(writer);
                }

                writer.WriteEndArray();
                break;
            case FeelKind.Context:
                writer.WriteStartObject();
                foreach (var (key, value) in AsContext())
                {
                    writer.WritePropertyName(key);
                    value.WriteJson(writer);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteStringValue(FeelText.Format(this));
                break;
        }
    }

    private static FeelMap ReadObject(JsonElement element)
    {
        var map = new FeelMap(4);
        foreach (var property in element.EnumerateObject())
        {
            map.Set(property.Name, FromJson(property.Value));
        }

        return map;
    }
}
