using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Workflows.Messages;

/// <summary>What a publication did, or the field errors that stopped it (nothing was published).</summary>
public sealed record MessageOutcome(PublishResult? Result, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Reached => Result is { Instances.Count: > 0 };
}

/// <summary>
/// Every message the host publishes goes through here, from the API or from its own pages (ADR 0021): the sender
/// first (403 before anything is read of the payload), then the host's rules for that message, then the engine —
/// which checks the sender again inside its command — with the rules' audit rows in the same save.
/// </summary>
public sealed class MessagePublisher(WorkflowMessages messages, WorkflowQueries queries, IEnumerable<IMessageRule> rules)
{
    /// <summary>Throws <see cref="WorkflowSenderException"/> when the sender may not publish this message.</summary>
    public async Task<MessageOutcome> PublishAsync(PublishMessage message, MessageSender sender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sender);
        var senders = await queries.GetMessageSendersAsync(message.Name, message.CorrelationKey, ct);
        if (!senders.Allows(sender.Kinds))
        {
            throw new WorkflowSenderException(senders, sender.Kinds);
        }

        var records = new List<Action<Microsoft.EntityFrameworkCore.DbContext>>();
        foreach (var rule in rules.Where(r => r.Applies(message.Name)))
        {
            var check = await rule.CheckAsync(message, sender, ct);
            if (!check.IsValid)
            {
                return new MessageOutcome(null, check.Errors);
            }

            if (check.Record is { } record)
            {
                records.Add(record);
            }
        }

        var result = await messages.PublishMessageAsync(message with { SentBy = sender.Kinds }, (db, published) =>
        {
            if (published.Instances.Count > 0)
            {
                records.ForEach(record => record(db));
            }
        }, ct);
        return new MessageOutcome(result, new Dictionary<string, string[]>());
    }
}
