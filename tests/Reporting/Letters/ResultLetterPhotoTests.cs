using LaiChau.Reporting.Letters;
using LaiChau.Reporting.Tests.Support;
using UglyToad.PdfPig;

namespace LaiChau.Reporting.Tests.Letters;

/// <summary>Issue 17 point 9: the result's photos are in the letter as pictures, each with its caption.</summary>
public sealed class ResultLetterPhotoTests
{
    [Fact]
    public void R7_1_ResultLetter_DrawsEachResultPhotoAsAPicture()
    {
        var letter = Samples.ResultLetter() with
        {
            Attachments = ["Ảnh 1", "Ảnh 2", "Ảnh 3"],
            Photos = [new LetterPhoto(Png(), "Ảnh 1"), new LetterPhoto(Png(), "Ảnh 2"), new LetterPhoto(Png(), "Ảnh 3")],
        };

        var pdf = ResultLetterDocument.Render(letter);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(3, document.GetPages().Sum(p => p.GetImages().Count()));
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Ảnh 3", text, StringComparison.Ordinal);
        ExternalTool.AssertQpdfCheckPasses(pdf);
    }

    [Fact]
    public void R7_1_ResultLetter_WithoutPhotos_HasNoPicture()
    {
        using var document = PdfDocument.Open(ResultLetterDocument.Render(Samples.ResultLetter()));

        Assert.Equal(0, document.GetPages().Sum(p => p.GetImages().Count()));
    }

    [Fact]
    public void R7_1_APhotoPdfSharpCannotRead_IsNotDrawable()
    {
        byte[] recognisedButDamaged = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]];

        Assert.True(LetterPhoto.IsDrawable(Png()));
        Assert.False(LetterPhoto.IsDrawable(recognisedButDamaged));
    }

    private static byte[] Png() => LaiChau.Testing.TestPng.Create();
}
