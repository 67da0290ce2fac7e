using System.Text.Json;
using System.Text.RegularExpressions;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Forms;

/// <summary>Reads one level of components (and, through groups, the levels below) into <see cref="FormComponent"/>s.</summary>
internal static partial class FormComponentReader
{
    public static List<FormComponent> ReadAll(JsonElement components, FormReadState state, int depth)
    {
        var result = new List<FormComponent>();
        if (depth > FormReader.MaxDepth)
        {
            state.Errors.Add(FormErrors.TooDeep.At(null, FormReader.MaxDepth));
            return result;
        }

        foreach (var element in components.EnumerateArray())
        {
            if (++state.Count > FormReader.MaxComponents)
            {
                state.Errors.Add(FormErrors.TooManyComponents.At(null, FormReader.MaxComponents));
                return result;
            }

            if (Read(element, state, depth) is { } component)
            {
                result.Add(component);
            }
        }

        return result;
    }

    private static FormComponent? Read(JsonElement element, FormReadState state, int depth)
    {
        var type = element.ValueKind == JsonValueKind.Object ? String(element, "type") ?? "" : "";
        var id = element.ValueKind == JsonValueKind.Object ? String(element, "id") : null;
        if (id is null)
        {
            state.Errors.Add(FormErrors.MissingComponentId.At(null, type));
            return null;
        }

        if (!state.Ids.Add(id))
        {
            state.Errors.Add(FormErrors.DuplicateComponentId.At(id, id));
        }

        if (!FormComponentTypes.Supported.Contains(type))
        {
            state.Errors.Add(FormErrors.UnsupportedType.At(id, id, type, string.Join(", ", FormComponentTypes.Supported)));
            return null;
        }

        var component = new FormComponent
        {
            Type = type,
            Id = id,
            Key = FormComponentTypes.IsKeyed(type) ? Key(element, id, state) : null,
            Label = PlainText(element, "label", id, state),
            Description = PlainText(element, "description", id, state),
            Text = type == FormComponentTypes.Text ? PlainText(element, "text", id, state) : null,
            Disabled = Flag(element, "disabled", id, state),
            Readonly = Flag(element, "readonly", id, state),
            DefaultValue = element.TryGetProperty("defaultValue", out var d) ? FeelValue.FromJson(d) : FeelValue.Null,
            Hide = FormRuleReader.Hide(element, id, state),
            Validate = FormRuleReader.Validation(element, type, id, state),
        };
        component = FormRuleReader.Options(element, component, state);
        component = FormRuleReader.TypeSpecific(element, component, state);
        if (type == FormComponentTypes.Group)
        {
            if (String(element, "path") is { Length: > 0 })
            {
                state.Errors.Add(FormErrors.UnsupportedPath.At(id, id));
            }

            component = component with
            {
                Components = element.TryGetProperty("components", out var children) && children.ValueKind == JsonValueKind.Array
                    ? ReadAll(children, state, depth + 1)
                    : [],
            };
        }

        return component;
    }

    private static string? Key(JsonElement element, string id, FormReadState state)
    {
        var key = String(element, "key");
        if (string.IsNullOrEmpty(key))
        {
            state.Errors.Add(FormErrors.MissingKey.At(id, id));
            return null;
        }

        if (!IsKey(key))
        {
            state.Errors.Add(FormErrors.BadKey.At(id, id, key));
        }
        else if (!state.Keys.Add(key))
        {
            state.Errors.Add(FormErrors.DuplicateKey.At(id, id, key));
        }

        return key;
    }

    /// <summary>A flat variable name: letters, digits, <c>_</c>; not starting with a digit; at most 100 characters.</summary>
    public static bool IsKey(string? key) => key is { Length: > 0 and <= FormReader.MaxIdLength } && KeyPattern().IsMatch(key);

    /// <summary>Labels and texts are shown as written: an <c>=</c> expression or a <c>{{ }}</c> template is refused.</summary>
    private static string? PlainText(JsonElement element, string name, string id, FormReadState state)
    {
        var text = String(element, name);
        if (text is not null && (text.StartsWith('=') || text.Contains("{{", StringComparison.Ordinal)))
        {
            state.Errors.Add(FormErrors.ExpressionText.At(id, id, name));
            return null;
        }

        return text;
    }

    private static bool Flag(JsonElement element, string name, string id, FormReadState state)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return false;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            state.Errors.Add(FormErrors.BadProperty.At(id, id, name, "true hoặc false (không dùng biểu thức)", "true or false (no expression)"));
            return false;
        }

        return value.GetBoolean();
    }

    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex KeyPattern();
}
