using System.Globalization;

namespace LaiChau.Workflows.Forms;

/// <summary>One problem found in a form file: a stable code, the component concerned, in Vietnamese and English.</summary>
public sealed record FormDiagnostic(string Code, string? ComponentId, string MessageVi, string MessageEn)
{
    public override string ToString() => $"{Code} [{ComponentId}]: {MessageEn}";
}

/// <summary>A catalogued form error: a stable code and message templates filled per occurrence.</summary>
public sealed record FormErrorTemplate(string Code, string Vi, string En)
{
    public FormDiagnostic At(string? componentId, params object?[] args) =>
        new(Code, componentId,
            string.Format(CultureInfo.InvariantCulture, Vi, args),
            string.Format(CultureInfo.InvariantCulture, En, args));
}

/// <summary>Every error the form reader reports. Codes are stable: the designer matches on them.</summary>
public static class FormErrors
{
    public static readonly FormErrorTemplate NotJson = new("FORM-JSON-001", "Tệp biểu mẫu không phải JSON hợp lệ: {0}", "The form is not valid JSON: {0}");
    public static readonly FormErrorTemplate TooLarge = new("FORM-JSON-002", "Tệp biểu mẫu quá lớn: {0} byte, tối đa {1} byte", "The form is too large: {0} bytes, at most {1}");
    public static readonly FormErrorTemplate NotAForm = new("FORM-JSON-003", "Tệp không phải biểu mẫu Camunda: cần đối tượng có \"id\" và \"components\"", "Not a Camunda form: an object with \"id\" and \"components\" is expected");
    public static readonly FormErrorTemplate BadFormId = new("FORM-ID-001", "Mã biểu mẫu '{0}' không hợp lệ: chữ, số, '_', '-' hoặc '.', bắt đầu bằng chữ, tối đa {1} ký tự", "Form id '{0}' is not valid: letters, digits, '_', '-' or '.', starting with a letter, at most {1} characters");
    public static readonly FormErrorTemplate TooManyComponents = new("FORM-SIZE-001", "Biểu mẫu có quá nhiều thành phần (tối đa {0})", "The form has too many components (at most {0})");
    public static readonly FormErrorTemplate TooDeep = new("FORM-SIZE-002", "Các nhóm lồng nhau quá sâu (tối đa {0} cấp)", "Groups are nested too deeply (at most {0} levels)");
    public static readonly FormErrorTemplate UnsupportedType = new("FORM-COMPONENT-001", "Thành phần '{0}' thuộc loại '{1}', hệ thống không hiển thị được; các loại được hỗ trợ: {2}", "Component '{0}' is of type '{1}', which the host does not render; supported: {2}");
    public static readonly FormErrorTemplate MissingComponentId = new("FORM-COMPONENT-002", "Một thành phần loại '{0}' thiếu \"id\"", "A component of type '{0}' has no \"id\"");
    public static readonly FormErrorTemplate DuplicateComponentId = new("FORM-COMPONENT-003", "Mã thành phần '{0}' bị trùng", "Component id '{0}' is used more than once");
    public static readonly FormErrorTemplate MissingKey = new("FORM-KEY-001", "Thành phần '{0}' cần \"key\" (tên biến nhận giá trị)", "Component '{0}' needs a \"key\" (the variable that receives its value)");
    public static readonly FormErrorTemplate BadKey = new("FORM-KEY-002", "Khóa '{1}' của thành phần '{0}' không hợp lệ: chữ, số, '_', không bắt đầu bằng số, không có dấu chấm", "Key '{1}' of component '{0}' is not valid: letters, digits and '_', not starting with a digit, no dots");
    public static readonly FormErrorTemplate DuplicateKey = new("FORM-KEY-003", "Khóa '{1}' của thành phần '{0}' đã được thành phần khác dùng", "Key '{1}' of component '{0}' is used by another component");
    public static readonly FormErrorTemplate UnsupportedPath = new("FORM-KEY-004", "Nhóm '{0}' có \"path\": dữ liệu lồng nhau chưa được hỗ trợ, hãy dùng khóa phẳng", "Group '{0}' has a \"path\": nested data is not supported; use flat keys");
    public static readonly FormErrorTemplate MissingOptions = new("FORM-OPTIONS-001", "Thành phần '{0}' cần danh sách lựa chọn: \"values\" hoặc \"valuesKey\"", "Component '{0}' needs options: \"values\" or \"valuesKey\"");
    public static readonly FormErrorTemplate BadOption = new("FORM-OPTIONS-002", "Lựa chọn thứ {1} của thành phần '{0}' cần \"label\" và \"value\" là chuỗi", "Option {1} of component '{0}' needs a string \"label\" and \"value\"");
    public static readonly FormErrorTemplate OptionsExpression = new("FORM-OPTIONS-003", "Thành phần '{0}' lấy lựa chọn bằng biểu thức (valuesExpression), chưa được hỗ trợ; hãy dùng \"values\" hoặc \"valuesKey\"", "Component '{0}' takes its options from an expression (valuesExpression), which is not supported; use \"values\" or \"valuesKey\"");
    public static readonly FormErrorTemplate DuplicateOption = new("FORM-OPTIONS-004", "Giá trị lựa chọn '{1}' của thành phần '{0}' bị trùng", "Option value '{1}' of component '{0}' is used twice");
    public static readonly FormErrorTemplate UnsupportedRule = new("FORM-VALIDATE-001", "Quy tắc kiểm tra '{1}' của thành phần '{0}' không được hỗ trợ; được dùng: required, minLength, maxLength, min, max, pattern", "Validation rule '{1}' of component '{0}' is not supported; use required, minLength, maxLength, min, max, pattern");
    public static readonly FormErrorTemplate RuleNotApplicable = new("FORM-VALIDATE-002", "Quy tắc '{1}' không áp dụng cho thành phần '{0}' loại '{2}'", "Rule '{1}' does not apply to component '{0}' of type '{2}'");
    public static readonly FormErrorTemplate BadRuleValue = new("FORM-VALIDATE-003", "Quy tắc '{1}' của thành phần '{0}' cần {2}", "Rule '{1}' of component '{0}' needs {3}");
    public static readonly FormErrorTemplate BadPattern = new("FORM-VALIDATE-004", "Mẫu (pattern) của thành phần '{0}' không phải biểu thức chính quy hợp lệ: {1}", "The pattern of component '{0}' is not a valid regular expression: {1}");
    public static readonly FormErrorTemplate BadHide = new("FORM-CONDITION-001", "Điều kiện ẩn của thành phần '{0}' không hợp lệ: {1}", "The hide condition of component '{0}' is not valid: {1}");
    public static readonly FormErrorTemplate ExpressionText = new("FORM-TEXT-001", "Thuộc tính '{1}' của thành phần '{0}' dùng biểu thức hoặc mẫu {{{{ }}}}, chưa được hỗ trợ", "Property '{1}' of component '{0}' uses an expression or a {{{{ }}}} template, which is not supported");
    public static readonly FormErrorTemplate BadProperty = new("FORM-PROPERTY-001", "Thuộc tính '{1}' của thành phần '{0}' cần {2}", "Property '{1}' of component '{0}' needs {3}");
}
