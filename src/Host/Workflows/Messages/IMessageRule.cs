using LaiChau.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Workflows.Messages;

/// <summary>
/// The host's rule for a message it gives meaning to (ADR 0021): checks what the message carries before it is
/// published, whoever sends it and by whichever route, and records it (an audit row) in the publication's own save.
/// </summary>
public interface IMessageRule
{
    bool Applies(string messageName);

    Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, CancellationToken ct);
}

/// <summary>
/// Field errors (nothing is published), or what to add to the publication's save when it reached an instance;
/// <see cref="Record"/> is called once per attempt of the engine's command, so it makes new rows each time.
/// </summary>
public sealed record MessageCheck(IReadOnlyDictionary<string, string[]> Errors, Action<DbContext>? Record)
{
    public bool IsValid => Errors.Count == 0;

    public static MessageCheck Accepted(Action<DbContext>? record = null) => new(new Dictionary<string, string[]>(), record);

    public static MessageCheck Refused(IReadOnlyDictionary<string, string[]> errors) => new(errors, null);

    public static MessageCheck Refused(string field, params string[] messages) => Refused(new Dictionary<string, string[]> { [field] = messages });
}
