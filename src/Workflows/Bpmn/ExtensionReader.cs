using System.Collections.Frozen;
using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Reads the Zeebe extension elements shared by many node kinds. Other vendors' extensions are ignored.</summary>
internal static class ExtensionReader
{
    public static IReadOnlyDictionary<string, string> Properties(XElement element)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.ZeebeExtensions(Zeebe.Properties).Elements(ZeebeNamespace + Zeebe.Property))
        {
            if (property.Attr(Zeebe.PropertyName) is { } name)
            {
                properties[name] = property.Attribute(Zeebe.PropertyValue)?.Value ?? "";
            }
        }

        return properties.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The kinds a message's <c>senders</c> property names, trimmed, as written; null without the property.</summary>
    public static IReadOnlyList<string>? Senders(XElement message) =>
        Properties(message).TryGetValue(Property.Senders, out var value)
            ? value.Split(Property.SendersSeparator).Select(s => s.Trim()).ToList().AsReadOnly()
            : null;

    public static IoMapping IoMapping(XElement element)
    {
        var mapping = element.ZeebeExtension(Zeebe.IoMapping);
        return mapping is null
            ? Model.IoMapping.Empty
            : new IoMapping(Mappings(mapping, Zeebe.Input), Mappings(mapping, Zeebe.Output));
    }

    /// <summary>The job of a task or throw event, or null when it has no <c>zeebe:taskDefinition</c>.</summary>
    public static JobDefinition? Job(XElement element)
    {
        var definition = element.ZeebeExtension(Zeebe.TaskDefinition);
        if (definition is null)
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in element.ZeebeExtensions(Zeebe.TaskHeaders).Elements(ZeebeNamespace + Zeebe.Header))
        {
            if (header.Attr(Zeebe.HeaderKey) is { } key)
            {
                headers[key] = header.Attribute(Zeebe.HeaderValue)?.Value ?? "";
            }
        }

        return new JobDefinition(definition.Attr(Zeebe.TaskDefinitionType), definition.Attr(Zeebe.TaskDefinitionRetries), headers.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public static MultiInstance? MultiInstance(XElement activity)
    {
        var loop = activity.BpmnChild(Element.MultiInstanceLoopCharacteristics);
        if (loop is null)
        {
            return null;
        }

        var zeebe = loop.ZeebeExtension(Zeebe.LoopCharacteristics);
        return new MultiInstance(
            loop.BoolAttr(BpmnAttribute.IsSequential, fallback: false),
            zeebe.Attr(Zeebe.InputCollection),
            zeebe.Attr(Zeebe.InputElement),
            zeebe.Attr(Zeebe.OutputCollection),
            zeebe.Attr(Zeebe.OutputElement),
            loop.BpmnChild(Element.CompletionCondition).Text());
    }

    private static IReadOnlyList<VariableMapping> Mappings(XElement ioMapping, string kind) =>
        ioMapping.Elements(ZeebeNamespace + kind)
            .Select(m => new VariableMapping(m.Attribute(Zeebe.MappingSource)?.Value ?? "", m.Attribute(Zeebe.MappingTarget)?.Value ?? ""))
            .ToList().AsReadOnly();
}
