namespace LaiChau.Testing;

/// <summary>Where the repository and the shared folder beside it (conformance data, reference data) are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> from the repository root: read in place, never copied into the project.</summary>
    public static string Shared { get; } = FindShared();

    private static string FindShared()
    {
        var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        return Directory.Exists(shared)
            ? shared
            : throw new InvalidOperationException(
                $"The shared folder ({shared}) is missing: conformance and reference data are read in place from " +
                "../shared beside the repository. Clone the repository next to it.");
    }

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
