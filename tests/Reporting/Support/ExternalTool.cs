using System.Diagnostics;

namespace LaiChau.Reporting.Tests.Support;

/// <summary>Runs qpdf and pdftoppm (installed by ./test.sh) on a PDF written to a temporary file.</summary>
internal static class ExternalTool
{
    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{tool}' is not installed: run ./test.sh as root, or 'apt-get install qpdf poppler-utils'.", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
    }

    /// <summary>Writes the bytes to a temporary file for the duration of <paramref name="use"/>.</summary>
    public static T WithFile<T>(byte[] pdf, Func<string, T> use)
    {
        var path = Path.Combine(Path.GetTempPath(), $"laichau-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return use(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// qpdf --check, plus decoding every stream (font files included, which --check leaves alone); returns what qpdf
    /// complained about, or "" for a clean file.
    /// </summary>
    public static string QpdfProblems(byte[] pdf) => WithFile(pdf, path =>
    {
        var (checkExit, checkOutput) = Run("qpdf", "--check", path);
        var decoded = path + ".decoded.pdf";
        var (decodeExit, decodeOutput) = Run("qpdf", "--decode-level=all", "--stream-data=uncompress", path, decoded);
        File.Delete(decoded);
        var clean = checkExit == 0 && checkOutput.Contains("No syntax or stream encoding errors", StringComparison.Ordinal)
            && decodeExit == 0 && !decodeOutput.Contains("WARNING", StringComparison.Ordinal);
        return clean ? "" : $"qpdf --check ({checkExit}):\n{checkOutput}\nqpdf decoding all streams ({decodeExit}):\n{decodeOutput}";
    });

    public static void AssertQpdfCheckPasses(byte[] pdf) => Assert.Equal("", QpdfProblems(pdf));
}
