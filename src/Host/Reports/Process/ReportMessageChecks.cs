using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Process;

/// <summary>
/// What every message of the field-report process is (docs/field-report-process.md, ADR 0016): about a report that
/// exists (the correlation key is its code), published without time to live (it must not wait and land in a later,
/// unrelated step) and carrying its own variables only. Errors are keyed as the generic API's request names them.
/// </summary>
internal static class ReportMessageChecks
{
    public static MessageCheck? Envelope(PublishMessage message, params string[] carried)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in message.Variables.Keys.Where(k => !carried.Contains(k, StringComparer.Ordinal)))
        {
            errors[Field(key)] = [$"'{key}' is not carried by message '{message.Name}' (only {string.Join(", ", carried)})."];
        }

        if (message.TimeToLive > TimeSpan.Zero)
        {
            errors["timeToLive"] = [$"'{message.Name}' is published without time to live: when nothing waits for it, it is refused, not kept."];
        }

        return errors.Count > 0 ? MessageCheck.Refused(errors) : null;
    }

    public static async Task<ReportRow?> ReportAsync(AppDbContext db, PublishMessage message, CancellationToken ct) =>
        ReportCodes.IsWellFormed(message.CorrelationKey)
            ? await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == message.CorrelationKey, ct)
            : null;

    public static MessageCheck UnknownReport(PublishMessage message) =>
        MessageCheck.Refused("correlationKey", $"No report {message.CorrelationKey}: the correlation key of '{message.Name}' is a report code.");

    /// <summary>A text variable, or null when it is missing or not text.</summary>
    public static string? Text(PublishMessage message, string key) =>
        message.Variables.TryGetValue(key, out var value) && value.Kind == FeelKind.String ? value.AsString() : null;

    /// <summary>The generic API's name of a variable: <c>variables.targetAgency</c>.</summary>
    public static string Field(string variable) => $"variables.{variable}";

    public static MessageCheck Refused(string variable, string message) => MessageCheck.Refused(Field(variable), message);
}
