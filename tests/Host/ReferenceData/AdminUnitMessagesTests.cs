using System.Text.Json;
using LaiChau.Host.Errors;
using LaiChau.Host.ReferenceData;

namespace LaiChau.Host.Tests.ReferenceData;

/// <summary>
/// An import's errors in both languages: the API keeps its English messages, the administration page shows the
/// Vietnamese ones (or the English under the EN switch).
/// </summary>
public sealed class AdminUnitMessagesTests
{
    [Theory]
    [InlineData("""{"type":"Feature"}""", "$", "Tệp phải là một FeatureCollection GeoJSON có mảng features.",
        "The body must be a GeoJSON FeatureCollection with a features array.")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"hamlet","parentCode":"12"}}]}""",
        "features[0].properties.level", "Cấp là province (tỉnh), district (huyện) hoặc commune (xã).", "The level is province, district or commune.")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"commune","parentCode":"12","validFrom":"1/7/2025"}}]}""",
        "features[0].properties.validFrom", "Ngày viết dạng yyyy-MM-dd, hoặc null.", "A date is yyyy-MM-dd, or null.")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"commune","parentCode":"12"},"geometry":{"type":"Point","coordinates":[103,22]}}]}""",
        "features[0].geometry", "Mã 99999: không phải Polygon hay MultiPolygon hợp lệ: kiểu 'Point' không phải Polygon hay MultiPolygon.",
        "Code 99999: not a valid Polygon or MultiPolygon: geometry type 'Point' is not Polygon or MultiPolygon.")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"commune","parentCode":"12"},"geometry":{"type":"Polygon","coordinates":[[[103,22],[104,22],[103,22]]]}}]}""",
        "features[0].geometry", "Mã 99999: không phải Polygon hay MultiPolygon hợp lệ: một vòng có ít hơn 4 điểm khác nhau (tại [103, 22]).",
        "Code 99999: not a valid Polygon or MultiPolygon: a ring has fewer than 4 distinct positions (at [103, 22]).")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"commune","parentCode":"12"},"geometry":{"type":"Polygon","coordinates":[[[103,22],[104,22],[104,23],[103,23]]]}}]}""",
        "features[0].geometry", "Mã 99999: không phải Polygon hay MultiPolygon hợp lệ: một vòng không kết thúc ở điểm bắt đầu.",
        "Code 99999: not a valid Polygon or MultiPolygon: a ring does not end where it starts.")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"commune","parentCode":"12"},"geometry":{"type":"Polygon","coordinates":[[[103,22],[104,23],[104,22],[103,23],[103,22]]]}}]}""",
        "features[0].geometry", "Mã 99999: không phải Polygon hay MultiPolygon hợp lệ: đường biên tự cắt tại [103.5, 22.5].",
        "Code 99999: not a valid Polygon or MultiPolygon: the boundary intersects itself at [103.5, 22.5].")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"99999","name":"A","level":"commune","parentCode":"12"},"geometry":{"type":"Polygon","coordinates":[[["a",22]]]}}]}""",
        "features[0].geometry", "Mã 99999: không phải Polygon hay MultiPolygon hợp lệ: cấu trúc không đúng GeoJSON (cần type, và coordinates là các mảng số).",
        "Code 99999: not a valid Polygon or MultiPolygon: Expected token is 'StartArray' but was 'String' (Value 'a').")]
    public void Read_ABadFeature_GivesTheMessageInBothLanguages(string json, string key, string vietnamese, string english)
    {
        var errors = new FieldErrors();
        using var document = JsonDocument.Parse(json);

        AdminUnitFeatures.Read(document.RootElement, errors);

        var error = errors[key];
        Assert.NotNull(error);
        Assert.Equal(vietnamese, error.Message.Vietnamese);
        Assert.Equal(english, error.Message.English);
        Assert.Equal([english], errors.InEnglish()[key]); // what the API answers
    }

    [Fact]
    public void Read_ErrorsAboutTheWholeFile_AreNamedAsTheFileOnThePage()
    {
        var errors = new FieldErrors();
        using var document = JsonDocument.Parse("[]");

        AdminUnitFeatures.Read(document.RootElement, errors);

        var error = Assert.Single(errors.All);
        Assert.Equal("$", error.Key);
        Assert.Equal(new BilingualText("Tệp", "File"), error.Label);
    }
}
