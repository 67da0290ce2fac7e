using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>
/// Reads untrusted BPMN XML into the immutable model. Never throws: malformed, hostile or unsupported
/// input comes back as diagnostics, and a file with any error yields no definition (never half-deployed).
/// </summary>
public static class BpmnReader
{
    public static int MaxBytes => SecureXmlLoader.MaxBytes;

    public static BpmnReadResult Read(string xml)
    {
        var (model, errors, _) = ReadModel(xml);
        return new BpmnReadResult(errors.Count == 0 ? model : null, errors);
    }

    /// <summary>Reads at most <see cref="MaxBytes"/> bytes, decoded by byte-order mark, then XML declaration, else UTF-8.</summary>
    public static BpmnReadResult Read(Stream stream)
    {
        try
        {
            var buffer = new byte[MaxBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            if (length > MaxBytes)
            {
                return new BpmnReadResult(null, [BpmnErrors.TooLarge.At(null, SourcePosition.Unknown, $"> {MaxBytes}", MaxBytes)]);
            }

            var text = XmlTextDecoder.Decode(buffer, length, out var unknown);
            return text is null
                ? new BpmnReadResult(null, [BpmnErrors.MalformedXml.At(null, SourcePosition.Unknown, $"encoding '{unknown}'")])
                : Read(text);
        }
        catch (IOException e)
        {
            return new BpmnReadResult(null, [BpmnErrors.MalformedXml.At(null, SourcePosition.Unknown, e.Message)]);
        }
    }

    /// <summary>The model even when parts were refused, with the read errors and the refused ids; null only when the XML is unusable.</summary>
    internal static (BpmnDefinition? Model, IReadOnlyList<BpmnDiagnostic> Errors, IReadOnlySet<string> RefusedIds) ReadModel(string xml)
    {
        var (document, error) = SecureXmlLoader.Load(xml ?? "");
        if (error is not null)
        {
            return (null, [error], new HashSet<string>());
        }

        var root = document!.Root!;
        var context = new ReadContext();
        if (root.Name != BpmnNamespace + Element.Definitions)
        {
            return (null, [BpmnErrors.NotBpmn.At(null, root.Position(), root.Name.LocalName)], context.RefusedIds);
        }

        var model = DefinitionsReader.Read(root, xml!, context);
        return (model, context.Diagnostics, context.RefusedIds);
    }
}
