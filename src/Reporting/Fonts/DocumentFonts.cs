using PdfSharp.Fonts;

namespace LaiChau.Reporting.Fonts;

/// <summary>
/// Installs the Liberation Serif resolver into PDFsharp, once per process. Every document calls <see cref="Use"/>;
/// the host may call it at start-up (with a folder) to fail early when the font is missing.
/// </summary>
public static class DocumentFonts
{
    /// <summary>Environment variable naming an extra folder holding LiberationSerif-*.ttf.</summary>
    public const string FolderVariable = "LAICHAU_FONTS_DIR";

    /// <summary>The family every document asks for; the resolver serves Liberation Serif for it.</summary>
    public const string Family = "Liberation Serif";

    private static readonly Lock Gate = new();
    private static LiberationSerifResolver? _resolver;

    /// <summary>The folder the fonts were read from, once <see cref="Use"/> has run.</summary>
    public static string? Folder => _resolver?.Folder;

    /// <exception cref="FontNotFoundException">A face is missing from every folder searched.</exception>
    public static void Use(string? fontFolder = null)
    {
        if (Volatile.Read(ref _resolver) is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (_resolver is not null)
            {
                return;
            }

            var resolver = new LiberationSerifResolver(FontFolders.Candidates(fontFolder));
            // PDFsharp accepts a resolver only once per process and before any font is used.
            GlobalFontSettings.FontResolver = resolver;
            Volatile.Write(ref _resolver, resolver);
        }
    }
}
