using System.Text.RegularExpressions;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Reports;

/// <summary>
/// workflows/field-report.bpmn with every id renamed: each <c>id="…"</c> of the file gets a new name, and every
/// reference to it (attributes such as sourceRef, attachedToRef, messageRef, bpmnElement; incoming/outgoing texts)
/// follows. Names, documentation, headers, properties, message names, error codes and form ids stay as they are.
/// </summary>
internal static partial class RenamedDefinition
{
    public const string ProcessId = "pa-renamed";

    public static string Xml()
    {
        var xml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "workflows", "field-report.bpmn"));
        var ids = Id().Matches(xml).Select(m => m.Groups[1].Value).Distinct().ToList();
        var renamed = ids.Select((id, i) => (id, to: id == "field-report" ? ProcessId : $"n{i:D3}")).ToDictionary(p => p.id, p => p.to, StringComparer.Ordinal);
        xml = QuotedValue().Replace(xml, m => renamed.TryGetValue(m.Groups[2].Value, out var to) ? $"{m.Groups[1].Value}=\"{to}\"" : m.Value);
        xml = TextValue().Replace(xml, m => renamed.TryGetValue(m.Groups[1].Value, out var to) ? $">{to}<" : m.Value);
        Assert.DoesNotContain("id=\"verify\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"record-result\"", xml, StringComparison.Ordinal);
        return xml;
    }

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex Id();

    /// <summary>An attribute whose whole value may be an id; form ids, header values and names are never an element's id here.</summary>
    [GeneratedRegex(@"\b(id|sourceRef|targetRef|attachedToRef|default|messageRef|errorRef|escalationRef|bpmnElement|calledElement)=""([^""]+)""")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@">([A-Za-z][A-Za-z0-9_-]*)<")]
    private static partial Regex TextValue();
}
