using System.Globalization;
using System.Text.RegularExpressions;

namespace LaiChau.Host.Reports.Data;

/// <summary>Report codes <c>PA-&lt;year&gt;-&lt;6 digits&gt;</c> ("phản ánh"), numbered per year by <see cref="Documents.DocumentNumbers"/>.</summary>
public static partial class ReportCodes
{
    public const int MaxLength = 16;

    /// <summary>The counter key in <c>document_counters</c>: reports share the table with agencies' documents.</summary>
    public const string CounterKey = "PA";

    public static string Format(int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"PA-{year:0000}-{number:000000}");

    public static bool IsWellFormed(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex(@"^PA-\d{4}-\d{6,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

public static class ReportLimits
{
    public const int MaxAddressLength = 500;
    public const int MaxNotesLength = 4000;
    public const int MaxResultLength = 8000;
    public const int MaxReasonLength = 2000;
}
