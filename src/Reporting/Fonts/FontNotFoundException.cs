namespace LaiChau.Reporting.Fonts;

/// <summary>A face of the document font is missing; the message names the font, the folders searched and the fix.</summary>
public sealed class FontNotFoundException : Exception
{
    public FontNotFoundException(string fileName, IEnumerable<string> foldersSearched)
        : base($"Font file '{fileName}' (Liberation Serif, needed for Vietnamese glyphs in PDF documents) was not found. "
            + $"Searched: {string.Join(", ", foldersSearched)}. "
            + "Install it with 'apt-get install fonts-liberation2', or put the four LiberationSerif-*.ttf files in a folder "
            + $"named by {DocumentFonts.FolderVariable} or passed to DocumentFonts.Use(folder).") =>
        FileName = fileName;

    public string FileName { get; }
}
