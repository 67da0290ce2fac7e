namespace LaiChau.Workflows.Engine;

/// <summary>A command refused before anything changed; the host turns each kind into its HTTP status.</summary>
public abstract class WorkflowException(string message) : Exception(message);

/// <summary>An id that names nothing (404).</summary>
public sealed class WorkflowNotFoundException(string message) : WorkflowException(message);

/// <summary>The thing exists but is not in a state that allows the command (409): a task completed twice, a lost lease.</summary>
public sealed class WorkflowConflictException(string message) : WorkflowException(message);

/// <summary>The command itself is wrong (422): invalid BPMN, a migration that cannot be done, a bad value.</summary>
public sealed class WorkflowInvalidException(string message, IReadOnlyList<WorkflowError>? errors = null) : WorkflowException(message)
{
    public IReadOnlyList<WorkflowError> Errors { get; } = errors ?? [];
}

/// <summary>
/// One precise complaint, e.g. a BPMN diagnostic (code, element, line, column) or a form's (code, component);
/// <see cref="Resource"/> names the file of a deployment of several resources.
/// </summary>
public sealed record WorkflowError(string Code, string? ElementId, int? Line, int? Column, string Message, string? MessageVi = null)
{
    public string? Resource { get; init; }
}

/// <summary>
/// A task completion that its form refuses (422): keys that are not fields of the form, and field errors by key in
/// both languages. Nothing was changed.
/// </summary>
public sealed class WorkflowFormException(string message, IReadOnlyList<Forms.FormFieldError> errors, IReadOnlyList<string> unknownKeys)
    : WorkflowException(message)
{
    public IReadOnlyList<Forms.FormFieldError> Errors { get; } = errors;

    public IReadOnlyList<string> UnknownKeys { get; } = unknownKeys;
}

/// <summary>The actor may see the thing but not do this to it (403).</summary>
public sealed class WorkflowForbiddenException(string message) : WorkflowException(message);

/// <summary>
/// A message that the definitions it can reach do not let this sender publish (403, ADR 0021): it names the message
/// and the kinds of sender that may. Nothing was published.
/// </summary>
public sealed class WorkflowSenderException(MessageSenders senders, IReadOnlyCollection<string> sentBy)
    : WorkflowException(senders.Allowed.Count == 0
        ? $"No sender may publish message '{senders.MessageName}': the definitions that receive it allow no common sender."
        : $"Message '{senders.MessageName}' may be sent only by: {string.Join(", ", senders.Allowed.Order(StringComparer.Ordinal))}; "
          + $"this caller sends as: {(sentBy.Count == 0 ? "nobody" : string.Join(", ", sentBy.Order(StringComparer.Ordinal)))}.")
{
    public MessageSenders Senders { get; } = senders;
}
