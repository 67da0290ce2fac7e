using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;

namespace LaiChau.Workflows.Engine;

/// <summary>Journal entries as JSON: the event's type name and its fields (variables in their stored JSON form).</summary>
public static class JournalCodec
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new FeelValueJsonConverter(), new JsonStringEnumConverter() },
    };

    private static readonly FrozenDictionary<string, Type> EventTypes = typeof(RuntimeEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(RuntimeEvent)) && !t.IsAbstract)
        .ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    public static string TypeOf(RuntimeEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.GetType().Name;
    }

    public static string Write(RuntimeEvent e) => JsonSerializer.Serialize(e, e.GetType(), Options);

    public static RuntimeEvent Read(string type, string data) =>
        EventTypes.TryGetValue(type, out var clr)
            ? (RuntimeEvent)JsonSerializer.Deserialize(data, clr, Options)!
            : throw new InvalidOperationException($"Unknown journal event type '{type}'.");

    /// <summary>The event's fields as a JSON element, for the journal API.</summary>
    public static JsonElement Fields(string data)
    {
        using var document = JsonDocument.Parse(data);
        return document.RootElement.Clone();
    }
}
