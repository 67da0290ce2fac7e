using LaiChau.Reporting.Fonts;

namespace LaiChau.Reporting.Tests.Fonts;

public sealed class DocumentFontsTests
{
    [Fact]
    public void Find_FontMissingEverywhere_NamesTheFontTheFoldersAndTheFix()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"laichau-nofonts-{Guid.NewGuid():N}");
        Directory.CreateDirectory(empty);
        try
        {
            var error = Assert.Throws<FontNotFoundException>(() => FontFolders.Find("LiberationSerif-Bold.ttf", [empty, "/nowhere"]));

            Assert.Equal("LiberationSerif-Bold.ttf", error.FileName);
            Assert.Contains(empty, error.Message, StringComparison.Ordinal);
            Assert.Contains("/nowhere", error.Message, StringComparison.Ordinal);
            Assert.Contains("apt-get install fonts-liberation2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void Resolver_FolderWithoutTheFont_FailsWhenCreatedNotWhenDrawing() =>
        Assert.Throws<FontNotFoundException>(() => new LiberationSerifResolver(["/nowhere"]));

    [Fact]
    public void Resolver_AnyFamily_ResolvesToLiberationSerifFaces()
    {
        var resolver = new LiberationSerifResolver(["/usr/share/fonts/truetype/liberation2"]);

        Assert.Equal("LiberationSerif-BoldItalic", resolver.ResolveTypeface("Times New Roman", bold: true, italic: true).FaceName);
        Assert.Equal("LiberationSerif-Regular", resolver.ResolveTypeface("Arial", bold: false, italic: false).FaceName);
        Assert.NotEmpty(resolver.GetFont("LiberationSerif-Italic")!);
    }

    [Fact]
    public void Candidates_ConfiguredFolder_IsSearchedFirst()
    {
        var folders = FontFolders.Candidates("/srv/fonts");

        Assert.Equal("/srv/fonts", folders[0]);
        Assert.Contains("/usr/share/fonts/truetype/liberation2", folders);
    }

    [Fact]
    public void Use_CalledFromManyThreadsAtOnce_InstallsOneResolver()
    {
        Parallel.For(0, 16, _ => DocumentFonts.Use());

        Assert.NotNull(DocumentFonts.Folder);
        Assert.True(File.Exists(Path.Combine(DocumentFonts.Folder, "LiberationSerif-Regular.ttf")));
    }
}
