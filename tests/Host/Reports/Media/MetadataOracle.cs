using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>
/// The independent judges of R5.5: MetadataExtractor (a reader we did not write) for what it understands, and a plain
/// search of the bytes for every marker the samples carry, which no structure can hide from.
/// </summary>
internal static class MetadataOracle
{
    public static IReadOnlyList<MetadataExtractor.Directory> Read(byte[] file) => ImageMetadataReader.ReadMetadata(new MemoryStream(file));

    /// <summary>Every tag as "directory/name=description".</summary>
    public static List<string> Tags(byte[] file) =>
        [.. Read(file).SelectMany(d => d.Tags.Select(t => $"{d.Name}/{t.Name}={t.Description}"))];

    public static bool HasGps(byte[] file) => Read(file).OfType<GpsDirectory>().Any(d => d.GetGeoLocation() is not null);

    public static void AssertNoPositionDeviceOrOwner(byte[] file)
    {
        Assert.False(HasGps(file), "MetadataExtractor still reads a GPS position.");
        var tags = Tags(file);
        var text = Encoding.Latin1.GetString(file);
        foreach (var marker in IsoSamples.Markers)
        {
            Assert.DoesNotContain(tags, t => t.Contains(marker, StringComparison.Ordinal));
            Assert.DoesNotContain(marker, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(tags, t => t.StartsWith("GPS/", StringComparison.Ordinal) || t.Contains("/Make=", StringComparison.Ordinal) || t.Contains("/Model=", StringComparison.Ordinal));
    }
}
