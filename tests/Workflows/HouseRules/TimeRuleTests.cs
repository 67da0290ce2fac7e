using System.Diagnostics;
using System.Text.RegularExpressions;
using LaiChau.Testing;

namespace LaiChau.Workflows.Tests.HouseRules;

/// <summary>
/// Production code reads time only through an injected TimeProvider (shared/docs/conventions.md, "Time").
/// The rule is enforced by the build (banned-API analyzer on every project under src/); these tests prove it bites.
/// </summary>
public sealed partial class TimeRuleTests
{
    private const string Planted = """
        namespace Planted;

        public static class Bad
        {
            public static DateTime A() => DateTime.UtcNow;
            public static DateTime B() => DateTime.Now;
            public static DateTimeOffset C() => DateTimeOffset.UtcNow;
            public static Task D() => Task.Delay(1000);
            public static Task E(CancellationToken t) => Task.Delay(TimeSpan.FromSeconds(1), t);
        }
        """;

    private const string Allowed = """
        namespace Planted;

        public static class Good
        {
            public static DateTimeOffset A(TimeProvider clock) => clock.GetUtcNow();
            public static Task B(TimeProvider clock, CancellationToken t) => Task.Delay(TimeSpan.FromSeconds(1), clock, t);
        }
        """;

    [Fact]
    public async Task Build_OfSourceThatReadsTheWallClock_FailsOnEachUse()
    {
        using var project = new TempDirectory("laichau-timerule");
        var repo = RepositoryPaths.Root;
        await File.WriteAllTextAsync(project.File("Directory.Build.props"),
            $"""<Project><Import Project="{repo}/src/Directory.Build.props" /></Project>""");
        await File.WriteAllTextAsync(project.File("Directory.Packages.props"),
            $"""<Project><Import Project="{repo}/Directory.Packages.props" /></Project>""");
        File.Copy(Path.Combine(repo, "global.json"), project.File("global.json"));
        await File.WriteAllTextAsync(project.File("Planted.csproj"), """<Project Sdk="Microsoft.NET.Sdk" />""");
        await File.WriteAllTextAsync(project.File("Bad.cs"), Planted);
        await File.WriteAllTextAsync(project.File("Good.cs"), Allowed);

        var (exitCode, output) = await BuildAsync(project.Path);

        Assert.NotEqual(0, exitCode);
        var flagged = BannedUse().Matches(output).Select(m => (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value))).ToHashSet();
        Assert.Equal([("Bad.cs", 5), ("Bad.cs", 6), ("Bad.cs", 7), ("Bad.cs", 8), ("Bad.cs", 9)], flagged.Order());
    }

    [Fact]
    public void SourceTree_NeverSwitchesTheTimeRuleOff()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith("props", StringComparison.Ordinal)
                || f.EndsWith("proj", StringComparison.Ordinal) || f.EndsWith(".editorconfig", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Suppression().IsMatch(File.ReadAllText(f)))
            .ToList();

        Assert.Empty(offenders);
    }

    private static async Task<(int ExitCode, string Output)> BuildAsync(string directory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "build", "Planted.csproj", "-nologo", "-nodeReuse:false", "--disable-build-servers", "-clp:NoSummary" })
        {
            start.ArgumentList.Add(arg);
        }

        // The test runner's own MSBuild settings must not leak into this separate build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"(pragma warning disable|NoWarn|WarningsNotAsErrors|SuppressMessage|dotnet_diagnostic\.)[^\n]*RS0030")]
    private static partial Regex Suppression();

    [GeneratedRegex(@"(?<file>\w+\.cs)\((?<line>\d+),\d+\): error RS0030")]
    private static partial Regex BannedUse();
}
