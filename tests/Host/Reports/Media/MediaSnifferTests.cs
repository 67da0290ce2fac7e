using LaiChau.Host.Reports.Media;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>R5.3: a file's type is what its content says, not its name or declared type.</summary>
public sealed class MediaSnifferTests
{
    public static TheoryData<string, string, MediaKind> Accepted => new()
    {
        { "jpeg", "image/jpeg", MediaKind.Image },
        { "png", "image/png", MediaKind.Image },
        { "webp", "image/webp", MediaKind.Image },
        { "heic", "image/heic", MediaKind.Image },
        { "mp4", "video/mp4", MediaKind.Video },
        { "mov", "video/quicktime", MediaKind.Video },
        { "webm", "video/webm", MediaKind.Video },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void R5_3_PhotoAndVideoFormats_AreRecognisedByTheirBytes(string sample, string contentType, MediaKind kind)
    {
        var type = MediaSniffer.Sniff(Sample(sample));

        Assert.Equal((contentType, kind), (type?.ContentType, type?.Kind));
    }

    [Theory]
    [InlineData("html")]
    [InlineData("empty")]
    [InlineData("pdf")]
    [InlineData("gif")]
    [InlineData("mkv")]
    [InlineData("ftyp-unknown-brand")]
    public void R5_3_OtherContent_IsNotAccepted_WhateverItsName(string sample) => Assert.Null(MediaSniffer.Sniff(Sample(sample)));

    [Fact]
    public async Task R5_3_SniffingAStream_ReadsOnlyItsHeader()
    {
        await using var stream = new MemoryStream(MediaSamples.Mp4(size: 100_000));

        var type = await MediaSniffer.SniffAsync(stream, default);

        Assert.Equal("video/mp4", type?.ContentType);
        Assert.Equal(MediaSniffer.HeaderLength, stream.Position);
    }

    private static byte[] Sample(string name) => name switch
    {
        "jpeg" => MediaSamples.Jpeg(),
        "png" => MediaSamples.Png(),
        "webp" => MediaSamples.WebP(),
        "heic" => MediaSamples.Heic(),
        "mp4" => MediaSamples.Mp4(),
        "mov" => MediaSamples.Mov(),
        "webm" => MediaSamples.WebM(),
        "html" => MediaSamples.Html(),
        "empty" => [],
        "pdf" => "%PDF-1.7\n%âãÏÓ\n"u8.ToArray(),
        "gif" => "GIF89a\x01\x00\x01\x00"u8.ToArray(),
        "mkv" => [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x82, 0x88, .. "matroska"u8],
        "ftyp-unknown-brand" => [0, 0, 0, 0x14, .. "ftypcrx "u8, 0, 0, 0, 1],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}

/// <summary>R10.1: the retention period is a calendar period of at least 5 months.</summary>
public sealed class MediaRetentionPeriodTests
{
    [Theory]
    [InlineData("P6M", true)]
    [InlineData("P5M", true)]
    [InlineData("P1Y", true)]
    [InlineData("P153D", true)]
    [InlineData("P4M31D", true)]
    [InlineData("P4M30D", false)]
    [InlineData("P152D", false)]
    [InlineData("P4M", false)]
    [InlineData("P0D", false)]
    public void R10_1_AtLeastFiveMonths_WhateverTheDayOfClosing(string text, bool enough) =>
        Assert.Equal(enough, RetentionPeriod.Parse(text)!.IsAtLeastTheMinimum);

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("6 months")]
    [InlineData("PT4H")]
    [InlineData("180.00:00:00")]
    public void R10_1_AnythingButAnIsoPeriod_IsNotAPeriod(string text) => Assert.Null(RetentionPeriod.Parse(text));

    [Fact]
    public void R10_1_MonthsAreCalendarMonths_InVietnam()
    {
        var now = new DateTimeOffset(2026, 9, 1, 0, 30, 0, TimeSpan.FromHours(7));

        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 30, 0, TimeSpan.FromHours(7)), new RetentionPeriod(5, 0).ClosedBefore(now));
    }
}
