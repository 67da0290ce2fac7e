using System.Security.Cryptography;
using LaiChau.Host.Reports.Media;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>Issue 6 point 6: the content-addressed file-system blob store.</summary>
public sealed class FileSystemMediaStoreTests : IDisposable
{
    private readonly TempDirectory _data = new("laichau-media");
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Media_IsStoredUnderItsSha256_OnceForTheSameContent()
    {
        var store = new FileSystemMediaStore(_data.Path, _clock);
        var bytes = MediaSamples.Jpeg(5000);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var first = await store.PutAsync(new MemoryStream(bytes), 10_000, default);
        _clock.Advance(TimeSpan.FromHours(3));
        var second = await store.PutAsync(new MemoryStream(bytes), 10_000, default);

        Assert.Equal(new StoredBlob(sha, 5000), first);
        Assert.Equal(first, second);
        Assert.True(File.Exists(Path.Combine(_data.Path, sha[..2], sha[2..4], sha)));
        var entry = Assert.Single(store.List());
        Assert.Equal(_clock.GetUtcNow(), entry.WrittenAt); // stored again: young again, safe from the sweep
        await using var read = store.OpenRead(sha)!;
        Assert.Equal(bytes, await ReadAllAsync(read));
    }

    [Fact]
    public async Task Media_LongerThanTheLimit_IsRefused_AndLeavesNothing()
    {
        var store = new FileSystemMediaStore(_data.Path, _clock);

        await Assert.ThrowsAsync<MediaTooLargeException>(() => store.PutAsync(new MemoryStream(MediaSamples.Mp4(20_000)), 10_000, default));

        Assert.Empty(store.List());
        Assert.Empty(Directory.EnumerateFiles(_data.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Media_Deleted_IsGone_AndAnAddressThatIsNotAHash_IsRefused()
    {
        var store = new FileSystemMediaStore(_data.Path, _clock);
        var blob = await store.PutAsync(new MemoryStream(MediaSamples.Png()), 10_000, default);

        store.Delete(blob.Sha256);

        Assert.Null(store.OpenRead(blob.Sha256));
        Assert.Null(store.WrittenAt(blob.Sha256));
        Assert.Throws<ArgumentException>(() => store.OpenRead("../../etc/passwd"));
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
