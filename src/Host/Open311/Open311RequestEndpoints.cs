using System.Globalization;
using LaiChau.Host.ApiDocs;
using LaiChau.Host.Data;
using LaiChau.Host.Reports;
using LaiChau.Host.Reports.Submit;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Open311;

/// <summary>
/// GeoReport v2 service requests (issue 6 point 2): <c>POST requests</c> takes a report with a client's
/// <c>api_key</c> and answers with its code and deadline at once; <c>GET requests</c>, <c>requests/{id}</c> and
/// <c>tokens/{id}</c> show public reports only — never hidden (R9), confidential (R7.1a) or state-secret (R7.1b) ones,
/// and never a reporter's personal data (R5.5).
/// </summary>
public static class Open311RequestEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("requests.{format}", PostAsync).DisableAntiforgery()
            .ProducesOpen311<List<Open311Created>>("Take a report (R4–R6): its code and deadline at once", StatusCodes.Status403Forbidden, StatusCodes.Status413PayloadTooLarge)
            .Accepts<Open311RequestForm>("application/x-www-form-urlencoded", "multipart/form-data")
            .WithDescription("The client's key goes in the form field api_key. Errors are GeoReport's [{ code, description }], one per refused field, in Vietnamese. "
                + "Khoá của ứng dụng gửi trong trường api_key; lỗi bằng tiếng Việt, mỗi trường một lỗi.");
        group.MapGet("requests.{format}", Open311RequestQueries.ListAsync).ProducesOpen311<List<Open311Request>>("Public reports (never hidden, confidential or state-secret; never personal data)");
        group.MapGet("requests/{id}.{format}", Open311RequestQueries.OneAsync).ProducesOpen311<List<Open311Request>>("One public report");
        group.MapGet("tokens/{id}.{format}", Open311RequestQueries.TokenAsync).ProducesOpen311<List<Open311Token>>("The report a token stands for");
    }

    public static async Task<IResult> PostAsync(
        string format, HttpRequest request, AppDbContext db, ApiKeyCache keys, ReportIntake intake, CancellationToken ct)
    {
        if (Open311Results.Refuse(format, null) is { } refused)
        {
            return refused;
        }

        if (!request.HasFormContentType)
        {
            return Open311Results.Error(format, StatusCodes.Status400BadRequest,
                "Send the request as application/x-www-form-urlencoded or multipart/form-data, as GeoReport v2 requires.");
        }

        var (form, tooLarge) = await Open311Media.ReadFormAsync(format, request, ct); // R5.3 limits
        if (form is null)
        {
            return tooLarge!;
        }

        var jurisdiction = Text(form, "jurisdiction_id");
        if (Open311Results.Refuse(format, jurisdiction) is { } wrongJurisdiction)
        {
            return wrongJurisdiction;
        }

        var client = await ClientAsync(Text(form, "api_key"), keys, db, ct);
        if (client is null)
        {
            return Open311Results.Error(format, StatusCodes.Status403Forbidden, "api_key is missing, not valid or revoked.");
        }

        var errors = new List<Open311Error>();
        var submission = Read(form, errors) with { Media = Open311Media.Files(form, errors) };
        submission = submission with { Media = [.. submission.Media, .. await Open311Media.RemoteAsync(form, request.HttpContext, errors, ct)] };
        if (errors.Count > 0)
        {
            return Open311Results.Errors(format, StatusCodes.Status400BadRequest, errors);
        }

        switch (await intake.SubmitAsync(submission, client.Name, client.Id, ct))
        {
            case SubmitAccepted accepted:
                var created = new Open311Created(accepted.Code, accepted.Code, Notice(accepted), null);
                return Open311Results.Ok(format, new[] { created }, () => Open311Xml.Created(created));
            case SubmitMediaNotStored notStored:
                return Open311Results.Error(format, StatusCodes.Status503ServiceUnavailable, $"{Reports.Media.MediaIntake.Field}: {notStored.Message}");
            case SubmitUnknownCategory unknown:
                return Open311Results.Error(format, StatusCodes.Status404NotFound,
                    $"service_code '{unknown.CategoryCode}' is not a service of {Open311Results.Jurisdiction}.");
            case SubmitInvalid invalid:
                return Open311Results.Errors(format, StatusCodes.Status400BadRequest,
                    [.. invalid.Errors.SelectMany(e => e.Value.Select(m => new Open311Error(400, $"{FieldName(e.Key)}: {m}")))]);
            default:
                throw new InvalidOperationException("Unknown intake outcome.");
        }
    }

    /// <summary>The active key (its name is the channel recorded on the report), or null.</summary>
    private static async Task<ActiveApiKey?> ClientAsync(string? apiKey, ApiKeyCache keys, AppDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(apiKey) || apiKey.Length > 200)
        {
            return null;
        }

        return await keys.FindAsync(apiKey, db, ct);
    }

    private static ReportSubmission Read(IFormCollection form, List<Open311Error> errors)
    {
        var lat = Number(form, "lat", errors);
        var lon = Number(form, "long", errors);
        var confidential = Text(form, "attribute[confidential]") switch
        {
            null or "false" => false,
            "true" => true,
            _ => Refuse(errors, "attribute[confidential]: giá trị phải là \"true\" hoặc \"false\"."),
        };
        var consent = Text(form, "attribute[contact_consent]") is "true";
        // Vietnamese names put the family name first: họ (last_name) then tên (first_name).
        var name = string.Join(' ', new[] { Text(form, "last_name"), Text(form, "first_name") }.Where(n => n is not null));
        return new ReportSubmission(
            Text(form, "service_code"), lat, lon, Text(form, "address_string"), Text(form, "attribute[commune]"),
            confidential, consent, name, Text(form, "phone"), Text(form, "email"), Text(form, "description"));
    }

    private static bool Refuse(List<Open311Error> errors, string description)
    {
        errors.Add(new Open311Error(400, description));
        return false;
    }

    private static double? Number(IFormCollection form, string field, List<Open311Error> errors)
    {
        var text = Text(form, field);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors.Add(new Open311Error(400, $"{field}: phải là số thập phân WGS84, ví dụ 22.3964."));
        return null;
    }

    /// <summary>A trimmed single value; a repeated field counts as its first value.</summary>
    private static string? Text(IFormCollection form, string field) =>
        form.TryGetValue(field, out var values) && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;

    private static string FieldName(string key) => key switch
    {
        "name" => "first_name",
        _ => key,
    };

    private static string Notice(SubmitAccepted accepted) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Đã tiếp nhận phản ánh {accepted.Code}. Hạn giải quyết: {VietnamTime.Of(accepted.DueAt):dd/MM/yyyy HH:mm}.")
        + (accepted.Urgent ? " Phản ánh khẩn: được xử lý ngay." : "")
        + (accepted.DuplicateOf is { } original ? $" Phản ánh có thể trùng với {original}, đang được xử lý." : "")
        + (accepted.EarlierResultText is { } earlier ? $" {earlier}" : "");
}
