namespace LaiChau.Benchmarks;

/// <summary>Test data read in place from ../shared next to the repository.</summary>
public static class SharedFiles
{
    public static string Read(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relativePath);
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        throw new FileNotFoundException($"shared/{relativePath} not found above {AppContext.BaseDirectory}");
    }
}
