using System.Net.Mail;
using System.Text.RegularExpressions;

namespace LaiChau.Host.Reports.Intake;

/// <summary>What a citizen types: R5.4 (name, phone, e-mail) and the description (R5.1–R5.3, R5.6).</summary>
public sealed record ReporterInput(string? Name, string? Phone, string? Email, string? Description);

/// <summary>The input once checked: the phone in national form, trimmed texts, and what the officer should look at.</summary>
public sealed record CheckedReporterInput(string Name, string Phone, string? Email, string Description, bool NotVietnamese, string? UrgentKeyword);

/// <summary>
/// Checks a citizen's input field by field, with messages in Vietnamese for the citizen (the field names are the
/// API's). Every problem is reported at once; nothing is saved unless all pass.
/// </summary>
public static partial class ReporterInputRules
{
    public const int MaxNameLength = 100;
    public const int MinDescriptionLength = 10;
    public const int MaxDescriptionLength = 4000;
    public const int MaxEmailLength = 254;

    public static CheckedReporterInput? Check(ReporterInput input, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors["name"] = ["Vui lòng nhập họ và tên."];
        }
        else if (name.Length > MaxNameLength || !Name().IsMatch(name))
        {
            errors["name"] = [$"Họ và tên chỉ gồm chữ cái, dấu cách, dấu chấm hoặc gạch nối (tối đa {MaxNameLength} ký tự)."];
        }

        var phone = PhoneNumbers.Normalize(input.Phone);
        if (string.IsNullOrWhiteSpace(input.Phone))
        {
            errors["phone"] = ["Vui lòng nhập số điện thoại."];
        }
        else if (phone is null)
        {
            errors["phone"] = ["Số điện thoại không hợp lệ: số di động 10 chữ số (ví dụ 0912 345 678) hoặc số cố định 11 chữ số (ví dụ 0213 3876 543)."];
        }

        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        if (email is not null && (email.Length > MaxEmailLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal)))
        {
            errors["email"] = ["Địa chỉ thư điện tử không hợp lệ (ví dụ ten@example.com); có thể để trống."];
        }

        var description = input.Description?.Trim() ?? "";
        if (description.Length < MinDescriptionLength)
        {
            errors["description"] = [$"Vui lòng mô tả sự việc (ít nhất {MinDescriptionLength} ký tự)."];
        }
        else if (description.Length > MaxDescriptionLength)
        {
            errors["description"] = [$"Nội dung quá dài (tối đa {MaxDescriptionLength} ký tự)."];
        }
        else if (Markup().IsMatch(description))
        {
            errors["description"] = ["Nội dung không được chứa mã HTML hoặc thẻ định dạng."];
        }
        else if (description.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["description"] = ["Nội dung chứa ký tự không hợp lệ."];
        }

        return errors.Count > 0
            ? null
            : new CheckedReporterInput(name, phone!, email, description, !LanguageCheck.LooksVietnamese(description), UrgencyDetector.MatchedPhrase(description));
    }

    /// <summary>Letters of any script (Vietnamese names), spaces, dots, hyphens, apostrophes; at least two letters.</summary>
    [GeneratedRegex(@"^(?=(?:.*\p{L}){2})[\p{L}\p{M} .'\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    /// <summary>A tag, a comment or an entity reference: markup that would be rendered somewhere later.</summary>
    [GeneratedRegex(@"<\s*[a-zA-Z!/?]|&[a-zA-Z]+;|&#[0-9]+;", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
