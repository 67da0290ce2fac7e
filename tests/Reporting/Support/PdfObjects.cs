using System.Text.Json;

namespace LaiChau.Reporting.Tests.Support;

/// <summary>The PDF's dictionaries as qpdf's JSON shows them, to check how fonts are embedded and what links exist.</summary>
internal static class PdfObjects
{
    public static IReadOnlyList<JsonElement> Dictionaries(byte[] pdf)
    {
        var (exitCode, json) = ExternalTool.WithFile(pdf, path => ExternalTool.Run("qpdf", "--json=2", "--json-key=qpdf", path));
        Assert.True(exitCode == 0, json);
        using var document = JsonDocument.Parse(json);
        var result = new List<JsonElement>();
        foreach (var obj in document.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            var value = obj.Value.TryGetProperty("value", out var v) ? v
                : obj.Value.TryGetProperty("stream", out var s) ? s.GetProperty("dict") : default;
            AddWithNested(value, result);
        }

        return result;
    }

    /// <summary>Direct dictionaries nested inside an object (a link's /A action, for instance) count as well.</summary>
    private static void AddWithNested(JsonElement value, List<JsonElement> result)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            result.Add(value.Clone());
            foreach (var property in value.EnumerateObject())
            {
                AddWithNested(property.Value, result);
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                AddWithNested(item, result);
            }
        }
    }

    public static IEnumerable<JsonElement> OfType(this IEnumerable<JsonElement> dictionaries, string type) =>
        dictionaries.Where(d => d.TryGetProperty("/Type", out var t) && t.GetString() == type);
}
