using PdfSharp.Fonts;

namespace LaiChau.Reporting.Fonts;

/// <summary>
/// Serves Liberation Serif (metric-compatible with Times New Roman, full Vietnamese coverage) for every family
/// PDFsharp asks for, so no text can fall back to a font without Vietnamese glyphs.
/// </summary>
internal sealed class LiberationSerifResolver : IFontResolver
{
    private static readonly string[] Faces =
        ["LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"];

    private readonly Dictionary<string, byte[]> _fonts;

    /// <summary>Reads all four faces now, so a missing file fails at start-up rather than in the middle of a document.</summary>
    public LiberationSerifResolver(IReadOnlyList<string> folders)
    {
        _fonts = Faces.ToDictionary(face => face, face => File.ReadAllBytes(FontFolders.Find(face + ".ttf", folders)));
        Folder = Path.GetDirectoryName(FontFolders.Find(Faces[0] + ".ttf", folders))!;
    }

    public string Folder { get; }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new((bold, italic) switch
        {
            (true, true) => Faces[3],
            (false, true) => Faces[2],
            (true, false) => Faces[1],
            _ => Faces[0],
        });

    public byte[]? GetFont(string faceName) => _fonts.GetValueOrDefault(faceName);
}
