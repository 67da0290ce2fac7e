using LaiChau.Reporting.Letters;
using LaiChau.Reporting.Tests.Support;
using LaiChau.Testing;

namespace LaiChau.Reporting.Tests.Letters;

/// <summary>
/// Page 1 of the sample result letter, rendered by pdftoppm at 50 dpi, against a committed image; a layout regression
/// (moved header, lost rule, changed margins) shows as differing pixels. To accept an intended change, run the tests
/// with LAICHAU_UPDATE_GOLDEN=1 and commit the new image after looking at it.
/// </summary>
public sealed class ResultLetterGoldenTests
{
    private const double Tolerance = 0.001; // share of pixels; anti-aliasing differences between poppler versions stay below

    [Fact]
    public void ResultLetter_PageOne_MatchesTheGoldenRendering()
    {
        var golden = Path.Combine(RepositoryPaths.Root, "tests", "Reporting", "Letters", "Golden", "result-letter-page1.png");
        var actual = Render(ResultLetterDocument.Render(Samples.ResultLetter()));

        if (Environment.GetEnvironmentVariable("LAICHAU_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllBytes(golden, actual);
        }

        Assert.True(File.Exists(golden), $"{golden} is missing: run the tests once with LAICHAU_UPDATE_GOLDEN=1");
        var difference = GreyPng.Read(actual).DifferenceFrom(GreyPng.Read(File.ReadAllBytes(golden)));
        if (difference > Tolerance)
        {
            var saved = Path.Combine(Path.GetTempPath(), "result-letter-page1.actual.png");
            File.WriteAllBytes(saved, actual);
            Assert.Fail($"{difference:P2} of the pixels differ from {golden} (tolerance {Tolerance:P2}); the rendering is in {saved}");
        }
    }

    [Fact]
    public void GoldenComparison_BodyOneLineLonger_IsDetected()
    {
        var sample = Samples.ResultLetter();
        var letter = Render(ResultLetterDocument.Render(sample));
        var moved = Render(ResultLetterDocument.Render(sample with { Summary = sample.Summary + " Đề nghị cơ quan chức năng sớm kiểm tra, khắc phục để bảo đảm an toàn cho người và phương tiện qua lại." }));

        var difference = GreyPng.Read(letter).DifferenceFrom(GreyPng.Read(moved));
        Assert.True(difference > Tolerance, $"only {difference:P3} of the pixels differ");
    }

    private static byte[] Render(byte[] pdf) => ExternalTool.WithFile(pdf, path =>
    {
        var (exitCode, output) = ExternalTool.Run("pdftoppm", "-r", "50", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", path, path);
        Assert.True(exitCode == 0, output);
        var png = File.ReadAllBytes(path + ".png");
        File.Delete(path + ".png");
        return png;
    });
}
