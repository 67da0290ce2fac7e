using System.Text;
using System.Xml;
using System.Xml.Linq;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>
/// Turns untrusted text into an <see cref="XDocument"/> with line info, or one diagnostic.
/// No DTD, no entity expansion, no external resolution; size and depth are bounded before the tree is built.
/// </summary>
internal static class SecureXmlLoader
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxDepth = 100;

    private const string DoctypeMarker = "<!DOCTYPE";

    public static (XDocument? Document, BpmnDiagnostic? Error) Load(string xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return (null, BpmnErrors.Empty.At(null, SourcePosition.Unknown));
        }

        // Cheap bound first (a char is at least one byte), then the exact UTF-8 size.
        var size = xml.Length > MaxBytes ? xml.Length : Encoding.UTF8.GetByteCount(xml);
        if (size > MaxBytes)
        {
            return (null, BpmnErrors.TooLarge.At(null, SourcePosition.Unknown, size, MaxBytes));
        }

        // A byte-order mark decoded into the text (e.g. from a request body) is not part of the XML.
        var text = xml[0] == '\uFEFF' ? xml[1..] : xml;
        try
        {
            // First pass: stream through the text so that depth is refused before any tree is built.
            using (var reader = XmlReader.Create(new StringReader(text), Settings()))
            {
                while (reader.Read())
                {
                    if (reader.Depth > MaxDepth)
                    {
                        var info = (IXmlLineInfo)reader;
                        return (null, BpmnErrors.TooDeep.At(null, new SourcePosition(info.LineNumber, info.LinePosition), MaxDepth));
                    }
                }
            }

            using var second = XmlReader.Create(new StringReader(text), Settings());
            return (XDocument.Load(second, LoadOptions.SetLineInfo), null);
        }
        // Told apart by the text, not by the exception's (possibly localized) message.
        catch (XmlException e) when (text.Contains(DoctypeMarker, StringComparison.Ordinal))
        {
            return (null, BpmnErrors.DtdProhibited.At(null, new SourcePosition(e.LineNumber, e.LinePosition)));
        }
        catch (XmlException e)
        {
            return (null, BpmnErrors.MalformedXml.At(null, new SourcePosition(e.LineNumber, e.LinePosition), e.Message));
        }
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        // DTDs are prohibited, so no entity can be declared; in .NET 0 would mean "unlimited", hence a small bound.
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxBytes,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        CloseInput = true,
    };
}
