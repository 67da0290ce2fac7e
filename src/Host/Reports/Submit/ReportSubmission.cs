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

/// <summary>R5.7: a report of the same matter resolved lately (<see cref="DuplicateOptions.ResolvedWindow"/>) and its public result.</summary>
public sealed record EarlierResult(string Code, string Result);

public sealed record SubmitAccepted(string Code, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, string LeadAgency, bool Urgent, string? DuplicateOf)
    : SubmitOutcome
{
    /// <summary>R5.7: told on the receipt; the report is received and handled all the same.</summary>
    public EarlierResult? EarlierResult { get; init; }

    /// <summary>The receipt's sentence about <see cref="EarlierResult"/> (page, Open311 and notice say the same).</summary>
    public string? EarlierResultText => EarlierResult is { } e
        ? $"Phản ánh tương tự {e.Code} tại địa điểm này đã được giải quyết gần đây, kết quả: {e.Result} Phản ánh của Ông/Bà vẫn được tiếp nhận và xem xét giải quyết."
        : null;
}

/// <summary>Field-level errors, in Vietnamese, keyed by the field name of the channel's vocabulary.</summary>
public sealed record SubmitInvalid(IReadOnlyDictionary<string, string[]> Errors) : SubmitOutcome;

/// <summary>
/// The report's photos and videos could not be stored (the media store failed, e.g. out of space): nothing was saved,
/// and the reporter should send it again later (Open311: 503).
/// </summary>
public sealed record SubmitMediaNotStored(string Message) : SubmitOutcome;

/// <summary>The category is not a service that takes reports (Open311: 404).</summary>
public sealed record SubmitUnknownCategory(string? CategoryCode) : SubmitOutcome;
