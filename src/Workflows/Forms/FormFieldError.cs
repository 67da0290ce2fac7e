using System.Globalization;

namespace LaiChau.Workflows.Forms;

/// <summary>One refused field of a completion: the key (the problem details' field path) and why, in both languages.</summary>
public sealed record FormFieldError(string Key, string MessageVi, string MessageEn);

/// <summary>The reasons a value is refused, side by side in Vietnamese and English (ADR 0014).</summary>
internal static class FormMessages
{
    public static FormFieldError Required(string key) => new(key, "Trường này là bắt buộc.", "This field is required.");

    public static FormFieldError Type(string key, string vi, string en) => new(key, $"Giá trị phải là {vi}.", $"The value must be {en}.");

    public static FormFieldError MinLength(string key, int n) => Format(key, "Cần ít nhất {0} ký tự.", "At least {0} characters are needed.", n);

    public static FormFieldError MaxLength(string key, int n) => Format(key, "Tối đa {0} ký tự.", "At most {0} characters.", n);

    public static FormFieldError Min(string key, decimal n) => Format(key, "Giá trị nhỏ nhất là {0}.", "The smallest value is {0}.", n);

    public static FormFieldError Max(string key, decimal n) => Format(key, "Giá trị lớn nhất là {0}.", "The largest value is {0}.", n);

    public static FormFieldError Digits(string key, int n) => Format(key, "Tối đa {0} chữ số sau dấu thập phân.", "At most {0} digits after the decimal point.", n);

    public static FormFieldError Pattern(string key, string pattern, string? custom) => custom is { Length: > 0 }
        ? new(key, custom, custom)
        : Format(key, "Giá trị không đúng mẫu {0}.", "The value does not match the pattern {0}.", pattern);

    public static FormFieldError PatternTimeout(string key) =>
        new(key, "Không kiểm tra được giá trị theo mẫu của biểu mẫu (quá thời gian).", "The value could not be checked against the form's pattern (timed out).");

    public static FormFieldError NotAnOption(string key, string value) =>
        Format(key, "'{0}' không phải một lựa chọn của trường này.", "'{0}' is not one of this field's options.", value);

    public static FormFieldError NoOptions(string key) =>
        new(key, "Trường này chưa có danh sách lựa chọn.", "This field has no options to choose from.");

    public static FormFieldError OneFile(string key) => new(key, "Chỉ được đính kèm một tệp.", "Only one file may be attached.");

    public static FormFieldError Unknown(string key, string formId) =>
        Format(key, "'{0}' không phải trường của biểu mẫu '{1}'.", "'{0}' is not a field of form '{1}'.", key, formId);

    private static FormFieldError Format(string key, string vi, string en, params object[] args) =>
        new(key, string.Format(CultureInfo.InvariantCulture, vi, args), string.Format(CultureInfo.InvariantCulture, en, args));
}
