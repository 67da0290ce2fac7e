namespace LaiChau.Reporting.Letters;

/// <summary>
/// The result letter closing a report (R7.1 step 4). <see cref="TrackingLink"/> is printed with a QR code unless the
/// reporter asked for confidentiality (R7.1a), in which case the letter carries no public link at all.
/// <see cref="Attachments"/> are what the reader sees of each file ("Ảnh 1"), never a file id.
/// </summary>
public sealed record ResultLetter(
    LetterHeader Header,
    string ReportCode,
    DateOnly ReceivedOn,
    string Place,
    string Summary,
    string Verification,
    string Result,
    IReadOnlyList<string> Attachments,
    Signature Signature,
    bool Confidential,
    Uri? TrackingLink)
{
    /// <summary>The result's photos, printed as pictures after the list of attachments (issue 17 point 9).</summary>
    public IReadOnlyList<LetterPhoto> Photos { get; init; } = [];
}
