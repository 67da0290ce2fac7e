using System.Xml;
using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Small helpers to read BPMN elements by namespace URI, never by prefix.</summary>
internal static class XmlElementExtensions
{
    public static bool IsBpmn(this XElement element) => element.Name.Namespace == BpmnNamespace;

    public static IEnumerable<XElement> BpmnChildren(this XElement element, string localName) =>
        element.Elements(BpmnNamespace + localName);

    public static XElement? BpmnChild(this XElement element, string localName) =>
        element.Element(BpmnNamespace + localName);

    /// <summary>The Zeebe extension elements named <paramref name="localName"/> inside <c>bpmn:extensionElements</c>.</summary>
    public static IEnumerable<XElement> ZeebeExtensions(this XElement element, string localName) =>
        element.BpmnChildren(Element.ExtensionElements).Elements(ZeebeNamespace + localName);

    public static XElement? ZeebeExtension(this XElement element, string localName) =>
        element.ZeebeExtensions(localName).FirstOrDefault();

    public static string? Attr(this XElement? element, string name)
    {
        var value = element?.Attribute(name)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public static bool BoolAttr(this XElement element, string name, bool fallback) =>
        element.Attr(name) switch
        {
            BpmnAttribute.True => true,
            BpmnAttribute.False => false,
            _ => fallback,
        };

    /// <summary>Trimmed text content, null when blank.</summary>
    public static string? Text(this XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    public static SourcePosition Position(this XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? new SourcePosition(info.LineNumber, info.LinePosition) : SourcePosition.Unknown;
}
