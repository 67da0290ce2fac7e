namespace LaiChau.Reporting.Fonts;

/// <summary>Where the Liberation Serif files are looked for, in order: the configured folder, then well-known ones.</summary>
internal static class FontFolders
{
    private static readonly string[] WellKnown =
    [
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/liberation-serif",
        "/usr/share/fonts/liberation",
        "/usr/local/share/fonts",
        "/Library/Fonts",
        @"C:\Windows\Fonts",
    ];

    public static IReadOnlyList<string> Candidates(string? configured)
    {
        var folders = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            folders.Add(configured);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(DocumentFonts.FolderVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            folders.Add(fromEnvironment);
        }

        folders.Add(Path.Combine(AppContext.BaseDirectory, "fonts"));
        folders.AddRange(WellKnown);
        return folders;
    }

    /// <summary>The full path of <paramref name="fileName"/> in the first folder that has it.</summary>
    public static string Find(string fileName, IReadOnlyList<string> folders)
    {
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FontNotFoundException(fileName, folders);
    }
}
