using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Open311;

/// <summary>Issue 6 point 2: Open311 GeoReport v2 discovery and services, public, in JSON and XML, as the schemas say.</summary>
public abstract class Open311ServicesTests : ProviderTestBase
{
    [Fact]
    public async Task Services_Json_ValidatesAgainstTheOfficialSchema_AndListsTheCategories()
    {
        using var client = NewHost().CreateClient(apiKey: null);

        var response = await client.GetAsync("/open311/v2/services.json");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Open311Schemas.Check("services.json", json));
        var services = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        Assert.Contains(services, s => s.GetProperty("service_code").GetString() == "rac-thai" && s.GetProperty("service_name").GetString() == "Rác thải, vệ sinh môi trường");
    }

    [Fact]
    public async Task Services_Xml_HasOneServiceElementPerCategory()
    {
        using var client = NewHost().CreateClient(apiKey: null);

        var response = await client.GetAsync("/open311/v2/services.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("services", xml.Root!.Name.LocalName);
        var fire = xml.Root.Elements("service").Single(s => s.Element("service_code")!.Value == "chay-no");
        Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"], fire.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("Cháy, nổ", fire.Element("service_name")!.Value);
        Assert.Equal("realtime", fire.Element("type")!.Value);
    }

    [Fact]
    public async Task ServiceDefinition_OffersTheCommunesAndConfidentiality_InJsonAndXml()
    {
        using var client = NewHost().CreateClient(apiKey: null);

        var json = await client.GetStringAsync("/open311/v2/services/rac-thai.json");
        var xml = XDocument.Parse(await client.GetStringAsync("/open311/v2/services/rac-thai.xml"));

        Assert.Empty(Open311Schemas.Check("service-definition.json", json));
        var attributes = JsonDocument.Parse(json).RootElement.GetProperty("attributes").EnumerateArray().ToList();
        Assert.Equal(["commune", "confidential"], attributes.Select(a => a.GetProperty("code").GetString()));
        Assert.Equal(38, attributes[0].GetProperty("values").GetArrayLength());
        Assert.Equal(38, xml.Root!.Element("attributes")!.Elements("attribute").First().Element("values")!.Elements("value").Count());
    }

    [Theory]
    [InlineData("/open311/v2/services/nothing.json", 404)]
    [InlineData("/open311/v2/services/nothing.xml", 404)]
    [InlineData("/open311/v2/services.json?jurisdiction_id=hanoi.gov.vn", 404)]
    [InlineData("/open311/v2/services.csv", 400)]
    public async Task Errors_AreTheSpecificationsErrorList(string path, int status)
    {
        using var client = NewHost().CreateClient(apiKey: null);

        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        if (path.Contains(".xml", StringComparison.Ordinal))
        {
            var error = XDocument.Parse(body).Root!.Element("error")!;
            Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Element("code")!.Value);
        }
        else
        {
            var error = JsonDocument.Parse(body).RootElement[0];
            Assert.Equal(status, error.GetProperty("code").GetInt32());
            Assert.False(string.IsNullOrEmpty(error.GetProperty("description").GetString()));
        }
    }

    [Fact]
    public async Task Discovery_NamesTheEndpointAndItsFormats()
    {
        using var client = NewHost().CreateClient(apiKey: null);

        var discovery = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/discovery.json")).RootElement;
        var xml = XDocument.Parse(await client.GetStringAsync("/open311/v2/discovery.xml"));

        var endpoint = discovery.GetProperty("endpoints")[0];
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.GetProperty("specification").GetString());
        Assert.EndsWith("/open311/v2", endpoint.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(["text/xml", "application/json"], xml.Root!.Element("endpoints")!.Element("endpoint")!.Element("formats")!.Elements("format").Select(f => f.Value));
    }
}

public sealed class SqliteOpen311ServicesTests : Open311ServicesTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresOpen311ServicesTests : Open311ServicesTests
{
    public PostgresOpen311ServicesTests(PostgresDatabase database) => Postgres = database;
}

/// <summary>The schema check itself can fail: a wrong document is reported.</summary>
public sealed class Open311SchemaCheckTests
{
    [Theory]
    [InlineData("""[{ "service_code": 1, "service_name": "x", "metadata": true, "type": "realtime" }]""")]
    [InlineData("""[{ "service_code": "a", "service_name": "x", "metadata": "yes", "type": "realtime" }]""")]
    [InlineData("""[{ "service_code": "a", "service_name": "x", "metadata": true, "type": "someday" }]""")]
    [InlineData("""[{ "service_name": "x", "metadata": true, "type": "realtime" }]""")]
    public void WrongServices_AreReported(string json) => Assert.NotEmpty(Open311Schemas.Check("services.json", json));
}
