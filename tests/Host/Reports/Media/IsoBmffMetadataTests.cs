using LaiChau.Host.Reports.Media;
using LaiChau.Host.Reports.Media.Metadata;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>R5.5 for HEIC/HEIF, MP4 and MOV: metadata overwritten in place, the picture and the video untouched.</summary>
public sealed class IsoBmffMetadataTests
{
    [Theory]
    [InlineData("heic", false)]
    [InlineData("mif1", false)]
    [InlineData("heic", true)]
    public void R5_5_Heif_ExifAndXmpItems_AreEmptied_ThePictureKept(string brand, bool exifInIdat)
    {
        var heic = IsoSamples.Heic(brand, exifInIdat);
        // MetadataExtractor 2.4.3 does not read items kept in idat (exiftool does): there the markers prove the sample.
        Assert.True(exifInIdat || MetadataOracle.HasGps(heic), "the sample must carry a position the oracle can read");
        Assert.Contains(IsoSamples.Make, System.Text.Encoding.Latin1.GetString(heic), StringComparison.Ordinal);

        var cleaned = Clean(heic);

        Assert.Equal(heic.Length, cleaned.Length);
        MetadataOracle.AssertNoPositionDeviceOrOwner(cleaned);
        var picture = heic.AsSpan().IndexOf(IsoSamples.Picture);
        Assert.Equal(picture, cleaned.AsSpan().IndexOf(IsoSamples.Picture));
        Assert.Contains(MetadataOracle.Tags(cleaned), t => t.Contains("/Image Width=64", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("isom")]
    [InlineData("qt  ")]
    public void R5_5_Video_LocationDeviceAndOwnerBoxes_BecomeFree_EveryOffsetKept(string brand)
    {
        var video = IsoSamples.Video(brand);

        var cleaned = Clean(video);

        Assert.Equal(video.Length, cleaned.Length);
        MetadataOracle.AssertNoPositionDeviceOrOwner(cleaned);
        var offsets = IsoSamples.ChunkOffsets(cleaned);
        var frames = (int)Assert.Single(offsets); // the metadata track is gone, the video track's chunk is where it was
        Assert.Equal(IsoSamples.ChunkOffsets(video)[0], (uint)frames);
        Assert.Equal(IsoSamples.Picture, cleaned[frames..(frames + IsoSamples.Picture.Length)]);
        Assert.Contains(MetadataOracle.Tags(cleaned), t => t.Contains("Track Header/Width=64", StringComparison.Ordinal));
    }

    public static TheoryData<string, byte[]> Broken => new()
    {
        { "a box longer than the file", [.. IsoSamples.Heic()[..^10]] },
        { "a 64-bit size beyond any file", [.. IsoSamples.Box("ftyp", "heic\0\0\0\0mif1"u8.ToArray()), 0, 0, 0, 1, .. "meta"u8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xF0] },
        { "a compressed movie header", [.. IsoSamples.Box("ftyp", "qt  \0\0\0\0qt  "u8.ToArray()), .. IsoSamples.Box("moov", IsoSamples.Box("cmov", new byte[20]))] },
        { "an Exif item outside the file", Retarget(IsoSamples.Heic(), 5000) },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void R5_5_BoxesThatCannotBeFollowed_GiveNoPlan(string why, byte[] file) =>
        Assert.True(IsoBmffMetadata.Plan(new MemoryStream(file)) is null, why);

    /// <summary>The sample with its Exif item's offset moved (iloc entry 2) to <paramref name="offset"/>.</summary>
    private static byte[] Retarget(byte[] heic, uint offset)
    {
        var iloc = heic.AsSpan().IndexOf("iloc"u8);
        var entry = iloc + 4 + 4 + 4 + 16; // type, version and flags, sizes and count, first entry
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(heic.AsSpan(entry + 8), offset);
        return heic;
    }

    private static byte[] Clean(byte[] file)
    {
        var patches = IsoBmffMetadata.Plan(new MemoryStream(file));
        Assert.NotNull(patches);
        using var patched = new PatchedStream(new MemoryStream(file), patches);
        using var copy = new MemoryStream();
        var buffer = new byte[7]; // small reads cross the patches' edges
        int read;
        while ((read = patched.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
