namespace LaiChau.Reporting.Letters;

/// <summary>The answer to a report that will not be handled (R7.2): the reason, and how to resubmit it correctly.</summary>
public sealed record RejectionNotice(
    LetterHeader Header,
    string ReportCode,
    DateOnly ReceivedOn,
    string Summary,
    string Reason,
    IReadOnlyList<string> HowToResubmit,
    Signature Signature);
