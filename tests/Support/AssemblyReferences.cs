using System.Reflection;
using Xunit;

namespace LaiChau.Testing;

/// <summary>For the dependency rules of shared/docs/architecture.md ("Dependencies point one way").</summary>
public static class AssemblyReferences
{
    public static IReadOnlyList<string> Of(string assemblyName) =>
        [.. Assembly.Load(assemblyName).GetReferencedAssemblies().Select(a => a.Name ?? "")];

    public static void AssertNoneStartWith(string assemblyName, params string[] forbiddenPrefixes)
    {
        var offending = Of(assemblyName)
            .Where(reference => forbiddenPrefixes.Any(prefix => reference.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();
        Assert.True(offending.Count == 0, $"{assemblyName} must not reference {string.Join(", ", offending)}");
    }
}
