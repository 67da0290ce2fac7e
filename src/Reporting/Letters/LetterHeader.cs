namespace LaiChau.Reporting.Letters;

/// <summary>
/// Who issues a document and when: e.g. parent "UBND TỈNH LAI CHÂU", issuing body "VĂN PHÒNG", number
/// "Số: 12/UBND-VP", place "Lai Châu". The date comes from the record, never from a clock.
/// </summary>
public sealed record LetterHeader(string ParentBody, string IssuingBody, string Number, string Place, DateOnly Date);
