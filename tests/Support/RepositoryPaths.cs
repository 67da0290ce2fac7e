namespace LaiChau.Testing;

/// <summary>Where the repository and the shared folder beside it (conformance data, reference data) are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> from the repository root: read in place, never copied into the project.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LaiChau.Workflow.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"LaiChau.Workflow.sln not found above {AppContext.BaseDirectory}.");
    }
}
