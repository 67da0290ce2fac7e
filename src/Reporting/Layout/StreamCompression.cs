using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace LaiChau.Reporting.Layout;

/// <summary>
/// Compresses a PDF's unfiltered streams with a complete zlib wrapper. PDFsharp 6.2.4's own Flate encoder leaves out
/// the Adler-32 trailer, which qpdf --check reports, so documents are saved uncompressed and compressed here (images
/// PDFsharp encodes on import are decoded and encoded again).
/// </summary>
internal static class StreamCompression
{
    public static byte[] Compress(byte[] pdf)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary { Stream: { } stream } dictionary)
            {
                continue;
            }

            // PNG photos arrive Flate-encoded by PDFsharp itself, trailer missing: decode them to encode them again.
            if (dictionary.Elements.GetName("/Filter") == "/FlateDecode" && !dictionary.Elements.ContainsKey("/DecodeParms"))
            {
                stream.TryUncompress();
            }

            if (!dictionary.Elements.ContainsKey("/Filter"))
            {
                stream.Value = Deflate(stream.Value);
                dictionary.Elements.SetName("/Filter", "/FlateDecode");
            }
        }

        document.Options.NoCompression = true;
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
