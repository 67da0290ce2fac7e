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

    /// <summary>
    /// Each subscription opened in this command takes the earliest unexpired message buffered for it. The subscriptions
    /// opened together are looked up in one query (a start opens several: one round trip instead of one each); those a
    /// correlation opens in turn are looked up in the next round. A message taken here is not offered to the next one.
    /// </summary>
    private async Task CorrelateBufferedAsync(CancellationToken ct)
    {
        while (_openedSubscriptions.Count > 0)
        {
            var round = _openedSubscriptions.ToList();
            _openedSubscriptions.Clear();
            var buffered = await BufferedForAsync(round.Select(r => r.Opened).ToList(), ct);
            foreach (var (instance, opened) in round)
            {
                if (instance.State.FindSubscription(opened.SubscriptionId) is null)
                {
                    continue; // closed again within this command
                }

                var message = buffered.FirstOrDefault(m => m.CorrelatedInstanceId is null
                    && m.Name == opened.MessageName && m.CorrelationKey == opened.CorrelationKey);
                if (message is null)
                {
                    continue;
                }

                message.CorrelatedInstanceId = instance.Id;
                await ApplyAsync(instance, services.Semantics.CorrelateMessage(instance.State, opened.SubscriptionId, ReadVariables(message.Variables)), ct);
            }
        }
    }

    /// <summary>The unexpired, uncorrelated messages any of <paramref name="opened"/> may take, earliest first.</summary>
    private async Task<List<MessageRow>> BufferedForAsync(List<MessageSubscriptionOpened> opened, CancellationToken ct)
    {
        var now = Now;
        var names = opened.Select(o => o.MessageName).Distinct(StringComparer.Ordinal).ToList();
        var keys = opened.Select(o => o.CorrelationKey).Distinct(StringComparer.Ordinal).ToList();
        return await db.Set<MessageRow>()
            .Where(m => names.Contains(m.Name) && keys.Contains(m.CorrelationKey) && m.CorrelatedInstanceId == null && m.ExpiresAt > now)
            .OrderBy(m => m.PublishedAt).ThenBy(m => m.Id)
            .ToListAsync(ct);
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
