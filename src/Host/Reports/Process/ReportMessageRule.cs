using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Process;

/// <summary>
/// What every message of the field-report process is (docs/field-report-process.md, ADR 0021): about a report that
/// exists (the correlation key is its code), published without time to live (it must not wait and land in a later,
/// unrelated step) and carrying its own variables only; a rule per message checks the rest. Errors are keyed as the
/// generic API's request names them (<c>variables.targetAgency</c>).
/// </summary>
public abstract class ReportMessageRule(AppDbContext db) : IMessageRule
{
    protected AppDbContext Db { get; } = db;

    /// <summary>The variables the message carries; any other is refused.</summary>
    protected abstract IReadOnlyList<string> Carried { get; }

    public abstract bool Applies(string messageName);

    public async Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sender);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in message.Variables.Keys.Where(k => !Carried.Contains(k, StringComparer.Ordinal)))
        {
            errors[Field(key)] = [$"'{key}' is not carried by message '{message.Name}' (only {string.Join(", ", Carried)})."];
        }

        if (message.TimeToLive > TimeSpan.Zero)
        {
            errors["timeToLive"] = [$"'{message.Name}' is published without time to live: when nothing waits for it, it is refused, not kept."];
        }

        if (errors.Count > 0)
        {
            return MessageCheck.Refused(errors);
        }

        var report = ReportCodes.IsWellFormed(message.CorrelationKey)
            ? await Db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == message.CorrelationKey, ct)
            : null;
        return report is null
            ? MessageCheck.Refused("correlationKey", $"No report {message.CorrelationKey}: the correlation key of '{message.Name}' is a report code.")
            : await CheckAsync(message, sender, report, ct);
    }

    /// <summary>The rest of the checks, for an existing report, and the audit row when it passes.</summary>
    protected abstract Task<MessageCheck> CheckAsync(PublishMessage message, MessageSender sender, ReportRow report, CancellationToken ct);

    /// <summary>A text variable, or null when it is missing or not text.</summary>
    protected static string? Text(PublishMessage message, string key) =>
        message.Variables.TryGetValue(key, out var value) && value.Kind == FeelKind.String ? value.AsString() : null;

    /// <summary>The generic API's name of a variable: <c>variables.targetAgency</c>.</summary>
    protected static string Field(string variable) => $"variables.{variable}";

    protected static MessageCheck Refused(string variable, params string[] messages) => MessageCheck.Refused(Field(variable), messages);
}
