using System.Text.Json;

namespace LaiChau.Host.Open311;

/// <summary>Answers in the format the path asks for (<c>.json</c> or <c>.xml</c>); errors in the specification's error list.</summary>
internal static class Open311Results
{
    public const string Jurisdiction = "laichau.gov.vn";

    // Vietnamese text stays readable (UTF-8, not \u escapes); HTML-sensitive characters are still escaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static bool IsFormat(string? format) => format is "json" or "xml";

    public static IResult Ok(string format, object json, Func<string> xml) => format == "xml"
        ? Results.Content(xml(), "text/xml; charset=utf-8")
        : Results.Text(JsonSerializer.Serialize(json, json.GetType(), Json), "application/json; charset=utf-8");

    /// <summary><c>[{ code, description }]</c> / <c>&lt;errors&gt;&lt;error&gt;…</c> with the HTTP status of the code.</summary>
    public static IResult Error(string? format, int status, string description) =>
        Errors(format, status, [new Open311Error(status, description)]);

    /// <summary>Several errors at once (one per refused field), all with the same HTTP status.</summary>
    public static IResult Errors(string? format, int status, IReadOnlyList<Open311Error> errors)
    {
        return format == "xml"
            ? Results.Content(Open311Xml.Errors(errors), "text/xml; charset=utf-8", statusCode: status)
            : Results.Text(JsonSerializer.Serialize(errors, Json), "application/json; charset=utf-8", statusCode: status);
    }

    /// <summary>The common checks of every GeoReport call: a known format and, if given, our jurisdiction.</summary>
    public static IResult? Refuse(string format, string? jurisdictionId) =>
        !IsFormat(format) ? Error("json", StatusCodes.Status400BadRequest, $"The format '{format}' is not offered: use .json or .xml.")
        : jurisdictionId is not null && jurisdictionId != Jurisdiction
            ? Error(format, StatusCodes.Status404NotFound, $"jurisdiction_id '{jurisdictionId}' is not served here; this is {Jurisdiction}.")
            : null;
}
