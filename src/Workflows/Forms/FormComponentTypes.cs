namespace LaiChau.Workflows.Forms;

/// <summary>
/// The Camunda Forms (form-js) component types the host renders and checks (docs/forms.md). A form with any other
/// type is refused at deploy, naming the component.
/// </summary>
public static class FormComponentTypes
{
    public const string TextField = "textfield";
    public const string TextArea = "textarea";
    public const string Number = "number";
    public const string Checkbox = "checkbox";
    public const string Checklist = "checklist";
    public const string Radio = "radio";
    public const string Select = "select";
    public const string DateTime = "datetime";
    public const string FilePicker = "filepicker";
    public const string Text = "text";
    public const string Group = "group";

    public static readonly IReadOnlyList<string> Supported =
        [TextField, TextArea, Number, Checkbox, Checklist, Radio, Select, DateTime, FilePicker, Text, Group];

    /// <summary>Types whose value is submitted under their <c>key</c>.</summary>
    public static bool IsKeyed(string type) => type is not (Text or Group);

    /// <summary>Types that choose among options (static <c>values</c> or a <c>valuesKey</c> list).</summary>
    public static bool HasOptions(string type) => type is Checklist or Radio or Select;

    public static bool IsText(string type) => type is TextField or TextArea;
}

/// <summary>The subtypes of a <c>datetime</c> component and how form-js serialises times.</summary>
public static class FormDateTimes
{
    public const string Date = "date";
    public const string Time = "time";
    public const string DateTime = "datetime";

    public const string UtcOffset = "utc_offset";
    public const string UtcNormalized = "utc_normalized";
    public const string NoTimezone = "no_timezone";
}
