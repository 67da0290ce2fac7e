using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>State shared while one file is turned into a model: definitions-level lookups and the errors found so far.</summary>
internal sealed class ReadContext
{
    private int _anonymous;

    public List<BpmnDiagnostic> Diagnostics { get; } = [];

    /// <summary>Ids of nodes refused while reading; the validator does not report them again.</summary>
    public HashSet<string> RefusedIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, MessageDefinition> Messages { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> Errors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> Escalations { get; } = new(StringComparer.Ordinal);

    public void Report(BpmnErrorTemplate template, XElement element, params object?[] args) =>
        Diagnostics.Add(template.At(element.Attr(BpmnAttribute.Id), element.Position(), args));

    public void Refuse(BpmnErrorTemplate template, XElement element, params object?[] args)
    {
        Report(template, element, args);
        if (element.Attr(BpmnAttribute.Id) is { } id)
        {
            RefusedIds.Add(id);
        }
    }

    /// <summary>The element's id; a missing id is reported once and replaced by a placeholder so reading can go on.</summary>
    public string IdOf(XElement element)
    {
        if (element.Attr(BpmnAttribute.Id) is { } id)
        {
            return id;
        }

        Report(BpmnErrors.MissingId, element, element.Name.LocalName);
        return $"#{element.Name.LocalName}-{++_anonymous}";
    }
}
