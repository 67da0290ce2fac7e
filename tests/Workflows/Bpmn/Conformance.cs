using LaiChau.Testing;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>The BPMN MIWG test suite (CC BY 3.0), read in place from the shared folder.</summary>
internal static class Conformance
{
    public static string Folder => Path.Combine(RepositoryPaths.Shared, "conformance", "bpmn-miwg");

    public static string RoundTripFolder => Path.Combine(Folder, "bpmn-io-roundtrip");

    public static string PathOf(string file) =>
        file.EndsWith("-roundtrip.bpmn", StringComparison.Ordinal) ? Path.Combine(RoundTripFolder, file) : Path.Combine(Folder, file);

    public static string Read(string file) => File.ReadAllText(PathOf(file));

    public static IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(Folder, "*.bpmn").Concat(Directory.EnumerateFiles(RoundTripFolder, "*.bpmn"))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
