using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Reports.Submit;
using LaiChau.Testing;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>R5.3 rules of <see cref="MediaIntake"/> without a host: required media kinds, lengths the channel misstates.</summary>
public sealed class MediaIntakeRulesTests : IDisposable
{
    private readonly TempDirectory _data = new("laichau-media");

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData(RequiredMedia.None, "", true)]
    [InlineData(RequiredMedia.Photo, "mp4", false)]
    [InlineData(RequiredMedia.Photo, "mp4,heic", true)]
    [InlineData(RequiredMedia.PhotoOrVideo, "", false)]
    [InlineData(RequiredMedia.PhotoOrVideo, "webm", true)]
    public async Task R5_3_RequiredMedia_OfTheCategory(RequiredMedia required, string kinds, bool accepted)
    {
        var files = kinds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => File(k switch
        {
            "mp4" => MediaSamples.Mp4(),
            "webm" => MediaSamples.WebM(),
            _ => MediaSamples.Heic(),
        })).ToList();
        var errors = new Dictionary<string, string[]>();

        await Intake().CheckAsync(files, required, errors, default);

        Assert.Equal(accepted, !errors.ContainsKey(MediaIntake.Field));
    }

    [Fact]
    public async Task R5_3_TheSizeChecked_IsTheContentsNotTheDeclaredOne()
    {
        var big = MediaSamples.Jpeg(6000);
        var errors = new Dictionary<string, string[]>();

        var checkedFiles = await Intake().CheckAsync([new IncomingMedia("a.jpg", "image/jpeg", 100, () => new MemoryStream(big))], RequiredMedia.None, errors, default);

        Assert.Empty(checkedFiles);
        Assert.Contains("quá lớn", Assert.Single(errors[MediaIntake.Field]));
    }

    [Fact]
    public async Task R5_5_AVideoFromAStreamThatCannotSeek_IsCleanedAsWell()
    {
        var video = IsoSamples.Video();
        var store = new FileSystemMediaStore(_data.Path, TestClock.Create());
        var intake = new MediaIntake(store, Options.Create(new MediaOptions { MaxImageBytes = 4096, MaxVideoBytes = 8192 }));
        var errors = new Dictionary<string, string[]>();

        var checkedFiles = await intake.CheckAsync([new IncomingMedia("v.mp4", null, video.Length, () => new ForwardOnly(video))], RequiredMedia.None, errors, default);
        var stored = Assert.Single(await intake.StoreAsync(checkedFiles, default));

        Assert.Empty(errors);
        await using var read = store.OpenRead(stored.Blob.Sha256)!;
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        MetadataOracle.AssertNoPositionDeviceOrOwner(copy.ToArray());
    }

    private MediaIntake Intake() => new(
        new FileSystemMediaStore(_data.Path, TestClock.Create()),
        Options.Create(new MediaOptions { MaxImageBytes = 4096, MaxVideoBytes = 8192 }));

    private static IncomingMedia File(byte[] bytes) => new("f", null, bytes.Length, () => new MemoryStream(bytes));

    /// <summary>A channel's stream that reads forward only.</summary>
    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
