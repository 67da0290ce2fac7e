using System.Text.Json;

namespace LaiChau.Workflows.Runtime;

/// <summary>Open timer and message subscriptions in the snapshot, in opening order (absent fields are omitted).</summary>
public static partial class InstanceSnapshot
{
    private static void WriteSubscriptions(Utf8JsonWriter json, ProcessInstanceState state)
    {
        json.WriteStartArray("subscriptions");
        foreach (var s in state.Subscriptions)
        {
            json.WriteStartObject();
            json.WriteString("id", s.Id);
            json.WriteString("kind", s.Kind.ToString());
            json.WriteString("owner", s.ElementInstanceId);
            json.WriteString("element", s.ElementId);
            if (s.DueAt is { } due)
            {
                json.WriteString("due", due);
            }

            if (s.RepetitionsLeft is { } left)
            {
                json.WriteNumber("repetitionsLeft", left);
            }

            WriteOptional(json, "interval", s.Interval);
            WriteOptional(json, "message", s.MessageName);
            WriteOptional(json, "key", s.CorrelationKey);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void ReadSubscriptions(ProcessInstanceState state, JsonElement root)
    {
        if (!root.TryGetProperty("subscriptions", out var subscriptions))
        {
            return;
        }

        foreach (var item in subscriptions.EnumerateArray())
        {
            state.AddSubscription(new EventSubscription
            {
                Id = item.GetProperty("id").GetGuid(),
                Kind = Enum.Parse<SubscriptionKind>(item.GetProperty("kind").GetString()!),
                ElementInstanceId = item.GetProperty("owner").GetGuid(),
                ElementId = item.GetProperty("element").GetString()!,
                DueAt = item.TryGetProperty("due", out var due) ? due.GetDateTimeOffset() : null,
                RepetitionsLeft = item.TryGetProperty("repetitionsLeft", out var left) ? left.GetInt32() : null,
                Interval = Optional(item, "interval"),
                MessageName = Optional(item, "message"),
                CorrelationKey = Optional(item, "key"),
            });
        }
    }

    private static string? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.GetString() : null;
}
