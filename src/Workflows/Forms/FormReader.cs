using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Forms;

/// <summary>The outcome of reading a form file: the form when every component is in the subset, otherwise every error.</summary>
public sealed record FormReadResult(FormDefinition? Form, IReadOnlyList<FormDiagnostic> Errors)
{
    public bool IsSuccess => Form is not null && Errors.Count == 0;
}

/// <summary>
/// Reads a Camunda Form (form-js JSON, <c>.form</c>) and checks it against what the host can render and enforce
/// (docs/forms.md). Hostile input is bounded: size, nesting, number of components and regular expressions that could
/// run away. Properties the host does not use (layout, appearance) are ignored.
/// </summary>
public static partial class FormReader
{
    public const int MaxBytes = 256 * 1024;
    public const int MaxComponents = 300;
    public const int MaxDepth = 6;
    public const int MaxIdLength = 100;

    /// <summary>
    /// How long a form's pattern may take on one value (a pattern is the author's code run on staff's input): long
    /// enough that a busy server never refuses a sound pattern, short enough that a runaway one cannot hold it.
    /// </summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(500);

    public static FormReadResult Read(string json, FeelFunctions? functions = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var size = json.Length > MaxBytes ? json.Length : Encoding.UTF8.GetByteCount(json);
        if (size > MaxBytes)
        {
            return Fail(FormErrors.TooLarge.At(null, size, MaxBytes));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return Fail(FormErrors.NotJson.At(null, e.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array)
            {
                return Fail(FormErrors.NotAForm.At(null));
            }

            var state = new FormReadState(functions ?? FeelFunctions.BuiltIn);
            var formId = id.GetString()!;
            if (!IsFormId(formId))
            {
                state.Errors.Add(FormErrors.BadFormId.At(null, formId, MaxIdLength));
            }

            var read = FormComponentReader.ReadAll(components, state, depth: 1);
            return state.Errors.Count > 0 ? new FormReadResult(null, state.Errors) : new FormReadResult(new FormDefinition(formId, read), []);
        }
    }

    /// <summary>A form id as <c>zeebe:formDefinition formId</c> names it: a letter first, then letters, digits, <c>_ - .</c>.</summary>
    public static bool IsFormId(string? id) => id is { Length: > 0 and <= MaxIdLength } && FormIdPattern().IsMatch(id);

    private static FormReadResult Fail(FormDiagnostic error) => new(null, [error]);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]*$")]
    private static partial Regex FormIdPattern();
}

/// <summary>What a read has seen so far: ids and keys in use, the errors, the number of components.</summary>
internal sealed class FormReadState(FeelFunctions functions)
{
    public FeelFunctions Functions { get; } = functions;

    public List<FormDiagnostic> Errors { get; } = [];

    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public int Count { get; set; }
}
