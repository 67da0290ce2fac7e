using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>A message for waiting instances: by name and correlation key; with a time-to-live it waits for late subscribers.</summary>
public sealed record PublishMessage(
    string Name, string CorrelationKey, IReadOnlyDictionary<string, FeelValue> Variables, string? MessageId = null, TimeSpan? TimeToLive = null)
{
    /// <summary>
    /// The kinds of sender the publisher acts as (<see cref="Bpmn.ZeebeVocabulary.Sender"/>): checked against the
    /// definitions' <see cref="MessageSenders"/> in the command itself. Null only for the engine's own callers (tests, tools).
    /// </summary>
    public IReadOnlySet<string>? SentBy { get; init; }
}

/// <summary>What a publication did: the instances it reached (started or continued), or that it waits in the buffer.</summary>
public sealed record PublishResult(bool Duplicate, IReadOnlyList<Guid> Instances, bool Buffered, DateTimeOffset? ExpiresAt);

/// <summary>Messages (issue 4 point 5).</summary>
public sealed class WorkflowMessages : WorkflowEnginePart
{
    internal WorkflowMessages(CommandRunner runner)
        : base(runner)
    {
    }

    public static readonly TimeSpan MaxTimeToLive = TimeSpan.FromDays(366);

    /// <summary>
    /// Correlates to every instance with a matching subscription (one subscription per instance, the oldest), and
    /// starts the latest version of each process whose message start event has this name. Reaching nobody, it is
    /// kept for its time-to-live. A message id already published within its time-to-live is not published again.
    /// </summary>
    public Task<PublishResult> PublishMessageAsync(PublishMessage message, CancellationToken ct = default) =>
        PublishMessageAsync(message, beforeSave: null, ct);

    /// <summary>
    /// As above; <paramref name="beforeSave"/> sees the command's context and what the publication did before its one
    /// save, so that the caller's own rows (an audit entry) commit with the message or not at all.
    /// </summary>
    public Task<PublishResult> PublishMessageAsync(PublishMessage message, Action<DbContext, PublishResult>? beforeSave, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Name);
        ArgumentNullException.ThrowIfNull(message.CorrelationKey);
        var ttl = message.TimeToLive ?? Services.Options.DefaultMessageTimeToLive;
        if (ttl < TimeSpan.Zero || ttl > MaxTimeToLive)
        {
            throw new WorkflowInvalidException($"The time-to-live must be between 0 and {MaxTimeToLive.TotalDays:0} days.");
        }

        return Runner.RunAsync(async unit =>
        {
            if (message.SentBy is { } sentBy)
            {
                var senders = await MessageSenders.FindAsync(unit.Db, Services.Definitions, message.Name, message.CorrelationKey, ct);
                if (!senders.Allows(sentBy))
                {
                    throw new WorkflowSenderException(senders, sentBy);
                }
            }

            var now = unit.Now;
            var messages = unit.Db.Set<MessageRow>();
            await messages.Where(m => m.ExpiresAt <= now).ExecuteDeleteAsync(ct);
            if (message.MessageId is { } messageId && await messages.AnyAsync(m => m.MessageId == messageId, ct))
            {
                return new PublishResult(Duplicate: true, [], Buffered: false, ExpiresAt: null);
            }

            var reached = new List<Guid>();
            var subscriptions = await unit.Db.Set<MessageSubscriptionRow>().AsNoTracking()
                .Where(s => s.MessageName == message.Name && s.CorrelationKey == message.CorrelationKey)
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
                .ToListAsync(ct);
            foreach (var subscription in subscriptions.DistinctBy(s => s.InstanceId))
            {
                var instance = await unit.LoadAsync(subscription.InstanceId, ct);
                var events = Services.Semantics.CorrelateMessage(instance.State, subscription.Id, message.Variables);
                if (events.Count > 0)
                {
                    await unit.ApplyAsync(instance, events, ct);
                    reached.Add(instance.Id);
                }
            }

            var starts = await unit.Db.Set<MessageStartRow>().AsNoTracking().Where(m => m.MessageName == message.Name).ToListAsync(ct);
            foreach (var start in starts)
            {
                var process = await Services.Definitions.GetAsync(unit.Db, start.DefinitionId, ct);
                var started = await unit.StartAsync(process, message.Variables, businessKey: null, parent: null, ct, start.ElementId);
                reached.Add(started.Id);
            }

            var buffered = reached.Count == 0 && ttl > TimeSpan.Zero;
            if (buffered || (message.MessageId is not null && ttl > TimeSpan.Zero))
            {
                messages.Add(new MessageRow
                {
                    Id = unit.NewId(),
                    MessageId = message.MessageId,
                    Name = message.Name,
                    CorrelationKey = message.CorrelationKey,
                    Variables = CommandUnit.WriteVariables(message.Variables),
                    PublishedAt = now,
                    ExpiresAt = now + ttl,
                    // Kept only to recognise the id again: it reached its instances already.
                    CorrelatedInstanceId = buffered ? null : reached[0],
                });
            }

            var result = new PublishResult(false, reached, buffered, buffered ? now + ttl : null);
            beforeSave?.Invoke(unit.Db, result);
            return result;
        }, ct);
    }
}
