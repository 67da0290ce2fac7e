namespace LaiChau.Host.Reports.Media;

/// <summary>
/// Whose file a media row is (ADR 0024): the reporter's, sent with the report (R5.3), or the handling's, attached by
/// staff when completing a task of the report (R7.1 step 4: the result's documents and photos), which reach the
/// reporter with the result (issue 17 point 9).
/// </summary>
public static class MediaPurposes
{
    public const string Report = "report", Result = "result";

    public const int MaxLength = 16;
}
