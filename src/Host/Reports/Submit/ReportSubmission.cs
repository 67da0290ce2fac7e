namespace LaiChau.Host.Reports.Submit;

/// <summary>What a reporter sends, from any channel (Open311, portal), before any check.</summary>
public sealed record ReportSubmission(
    string? CategoryCode,
    double? Lat,
    double? Lon,
    string? Address,
    string? ChosenCommuneCode,
    bool Confidential,
    bool ContactConsent,
    string? Name,
    string? Phone,
    string? Email,
    string? Description)
{
    /// <summary>Photos and short videos sent with the report (R5.3), not yet checked.</summary>
    public IReadOnlyList<IncomingMedia> Media { get; init; } = [];
}

/// <summary>One uploaded file as the channel received it: its declared name and type are hints only; the content decides.</summary>
public sealed record IncomingMedia(string FileName, string? DeclaredContentType, long Length, Func<Stream> Open);

/// <summary>The outcome of intake: a report code with its deadline, or the reasons it was refused (nothing saved).</summary>
public abstract record SubmitOutcome;

public sealed record SubmitAccepted(string Code, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, string LeadAgency, bool Urgent, string? DuplicateOf)
    : SubmitOutcome;

/// <summary>Field-level errors, in Vietnamese, keyed by the field name of the channel's vocabulary.</summary>
public sealed record SubmitInvalid(IReadOnlyDictionary<string, string[]> Errors) : SubmitOutcome;

/// <summary>
/// The report's photos and videos could not be stored (the media store failed, e.g. out of space): nothing was saved,
/// and the reporter should send it again later (Open311: 503).
/// </summary>
public sealed record SubmitMediaNotStored(string Message) : SubmitOutcome;

/// <summary>The category is not a service that takes reports (Open311: 404).</summary>
public sealed record SubmitUnknownCategory(string? CategoryCode) : SubmitOutcome;
