using System.Text.Json;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Messages that arrived before their subscription (issue 4 point 5): taken when the subscription opens.</summary>
internal sealed partial class CommandUnit
{
    private readonly List<(InstanceAggregate Instance, MessageSubscriptionOpened Opened)> _openedSubscriptions = [];

    private async Task CorrelateBufferedAsync(CancellationToken ct)
    {
        while (_openedSubscriptions.Count > 0)
        {
            var (instance, opened) = _openedSubscriptions[0];
            _openedSubscriptions.RemoveAt(0);
            if (instance.State.FindSubscription(opened.SubscriptionId) is null)
            {
                continue; // closed again within this command
            }

            var now = Now;
            var message = await db.Set<MessageRow>()
                .Where(m => m.Name == opened.MessageName && m.CorrelationKey == opened.CorrelationKey
                    && m.CorrelatedInstanceId == null && m.ExpiresAt > now)
                .OrderBy(m => m.PublishedAt).ThenBy(m => m.Id)
                .FirstOrDefaultAsync(ct);
            if (message is null)
            {
                continue;
            }

            message.CorrelatedInstanceId = instance.Id;
            await ApplyAsync(instance, services.Semantics.CorrelateMessage(instance.State, opened.SubscriptionId, ReadVariables(message.Variables)), ct);
        }
    }

    public static string WriteVariables(IReadOnlyDictionary<string, FeelValue> variables)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in variables)
            {
                json.WritePropertyName(name);
                value.WriteJson(json);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Dictionary<string, FeelValue> ReadVariables(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => FeelValue.FromJson(p.Value), StringComparer.Ordinal);
    }
}
