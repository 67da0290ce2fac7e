namespace LaiChau.Workflows.Model;

/// <summary>
/// A <c>bpmn:message</c>: its name, the correlation key from its <c>zeebe:subscription</c>, and who may send it (the
/// kinds its <c>senders</c> property names, as written; null without the property).
/// </summary>
public sealed record MessageDefinition(
    string Id, string? Name, string? CorrelationKey, SourcePosition Position, IReadOnlyList<string>? Senders = null);

/// <summary>A parsed BPMN file: its processes and definitions-level elements, with the XML kept as it came.</summary>
public sealed record BpmnDefinition
{
    public required IReadOnlyList<ProcessModel> Processes { get; init; }

    public required IReadOnlyDictionary<string, MessageDefinition> Messages { get; init; }

    /// <summary>Error id → error code (null when the error has no code).</summary>
    public required IReadOnlyDictionary<string, string?> Errors { get; init; }

    /// <summary>Escalation id → escalation code.</summary>
    public required IReadOnlyDictionary<string, string?> Escalations { get; init; }

    /// <summary>The original XML, untouched: what the designer loads again.</summary>
    public required string Xml { get; init; }

    /// <summary>SHA-256 of the XML's UTF-8 bytes, lower-case hex.</summary>
    public required string ContentHash { get; init; }

    public ProcessModel? FindProcess(string id) => Processes.FirstOrDefault(p => p.Id == id);
}
