namespace LaiChau.Host.Errors;

/// <summary>
/// A message in both languages of the app, for checks that an API and a page share: the API answers in English
/// (problem details), a page shows the language the person chose (<c>UiText</c> picks).
/// </summary>
public sealed record BilingualText(string Vietnamese, string English)
{
    /// <summary>Text that reads the same in both languages (a JSON path, a code).</summary>
    public static BilingualText Same(string text) => new(text, text);
}
