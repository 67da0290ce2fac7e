using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Errors;

/// <summary>One refused field: the key the API reports (a field name or JSON path), how a page names it, and why.</summary>
public sealed record FieldError(string Key, BilingualText Label, BilingualText Message);

/// <summary>
/// The validation errors of one request in both languages: <see cref="ToProblem"/> is the API's answer (English, by
/// key, as RFC 9457 validation problem details); a page lists <see cref="All"/> in its own language.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, FieldError> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    /// <summary>In the order the checks found them.</summary>
    public IEnumerable<FieldError> All => _errors.Values;

    public FieldError? this[string key] => _errors.GetValueOrDefault(key);

    /// <summary>The key's message; a later check of the same key replaces an earlier one.</summary>
    public void Set(string key, BilingualText message, BilingualText? label = null) =>
        _errors[key] = new FieldError(key, label ?? BilingualText.Same(key), message);

    public Dictionary<string, string[]> InEnglish() => _errors.ToDictionary(e => e.Key, e => new[] { e.Value.Message.English }, StringComparer.Ordinal);

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(InEnglish());
}
