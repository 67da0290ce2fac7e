using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Host.Tests.Open311;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Reports;

/// <summary>Issue 6 point 2 (R4.2, R5, R6): Open311 service requests in JSON and XML, and every error case of the spec.</summary>
public abstract class Open311RequestsTests : ProviderTestBase
{
    [Fact]
    public async Task R4_2_Post_at_night_returns_code_and_deadline_and_the_request_reads_back_valid_json()
    {
        LastOrNew().Clock.SetUtcNow(new DateTimeOffset(2026, 3, 6, 16, 30, 0, TimeSpan.Zero)); // Friday 23:30 in Vietnam
        var world = await ReportWorld.StartAsync(LastHost);

        var response = await world.Public.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key)));
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        var code = created.GetProperty("service_request_id").GetString()!;
        var json = await world.Public.GetStringAsync($"/open311/v2/requests/{code}.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^PA-2026-\d{6}$", code);
        // Counting starts on Monday 9 March; the 5th working day after it is Monday 16 March (R7.3, docs/working-days.md).
        Assert.Equal("Đã tiếp nhận phản ánh PA-2026-000001. Hạn giải quyết: 16/03/2026 17:00.", created.GetProperty("service_notice").GetString());
        Assert.Empty(Open311Schemas.Check("requests.json", json));
        var request = JsonDocument.Parse(json).RootElement[0];
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("2026-03-06T23:30:00+07:00", request.GetProperty("requested_datetime").GetString());
        Assert.Equal("2026-03-16T17:00:00+07:00", request.GetProperty("expected_datetime").GetString());
        Assert.Equal("Ủy ban nhân dân phường Đoàn Kết", request.GetProperty("agency_responsible").GetString());
        Assert.Equal("khac", request.GetProperty("service_code").GetString());
        Assert.DoesNotContain("0912", json, StringComparison.Ordinal); // R5.5: no personal data in public views
        Assert.DoesNotContain("Nguyễn", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xml_post_and_get_use_the_specifications_elements()
    {
        var world = await ReportWorld.StartAsync(LastOrNew());

        var response = await world.Public.PostAsync("/open311/v2/requests.xml", new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key)));
        var created = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        var code = created.Element("request")!.Element("service_request_id")!.Value;
        var list = XDocument.Parse(await world.Public.GetStringAsync("/open311/v2/requests.xml?status=open")).Root!;
        var token = XDocument.Parse(await world.Public.GetStringAsync($"/open311/v2/tokens/{code}.xml")).Root!;

        Assert.Equal("service_requests", created.Name.LocalName);
        Assert.Equal("service_requests", list.Name.LocalName);
        var request = list.Elements("request").Single(r => r.Element("service_request_id")!.Value == code);
        Assert.Equal(["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
            "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"],
            request.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("22.43607", request.Element("lat")!.Value);
        Assert.Equal(code, token.Element("request")!.Element("service_request_id")!.Value);
    }

    [Fact]
    public async Task Get_requests_filters_by_code_service_status_and_dates()
    {
        var world = await ReportWorld.StartAsync(LastOrNew());
        var first = await world.SubmitAsync();
        LastHost.Clock.Advance(TimeSpan.FromDays(2));
        var second = await world.SubmitAsync(f => f["description"] = "Cây đổ chắn ngang đường vào bản, xe không đi qua được.");

        async Task<string[]> Codes(string query) => [.. JsonDocument.Parse(await world.Public.GetStringAsync($"/open311/v2/requests.json{query}"))
            .RootElement.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!)];

        Assert.Equal([second, first], await Codes(""));
        Assert.Equal([first], await Codes($"?service_request_id={first}"));
        Assert.Equal([second], await Codes($"?start_date={Uri.EscapeDataString(LastHost.Clock.GetUtcNow().AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture))}"));
        Assert.Empty(await Codes("?service_code=rac-thai"));
        Assert.Empty(await Codes("?status=closed"));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task Post_without_a_valid_api_key_is_403_with_the_error_list(string format)
    {
        var world = await ReportWorld.StartAsync(LastOrNew());

        var missing = await world.Public.PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key, f => f.Remove("api_key"))));
        var wrong = await world.Public.PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(ReportWorld.Form("lck_not-a-key")));

        foreach (var response in new[] { missing, wrong })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(403, ErrorCodes(format, await response.Content.ReadAsStringAsync()).Single());
        }

        Assert.Empty(await Codes(world));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task Post_for_an_unknown_service_is_404(string format)
    {
        var world = await ReportWorld.StartAsync(LastOrNew());

        var response = await world.Public.PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key, f => f["service_code"] = "khong-co")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, ErrorCodes(format, await response.Content.ReadAsStringAsync()).Single());
    }

    [Fact]
    public async Task R5_Missing_and_wrong_fields_are_400_one_error_each_in_Vietnamese_and_nothing_is_saved()
    {
        var world = await ReportWorld.StartAsync(LastOrNew());

        var response = await world.Public.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key, f =>
        {
            f.Remove("service_code");
            f.Remove("first_name");
            f.Remove("last_name");
            f["phone"] = "12345";
            f["email"] = "not-an-address";
            f["description"] = "<b>ổ gà</b> rất to ở đây";
        })));
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("description").GetString()!).ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(errors, e => e.StartsWith("service_code: Vui lòng chọn lĩnh vực", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("first_name: Vui lòng nhập họ và tên", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("phone: Số điện thoại không hợp lệ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("email: ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("description: Nội dung không được chứa mã HTML", StringComparison.Ordinal));
        Assert.Empty(await Codes(world));
    }

    [Theory]
    [InlineData("21.0285", "105.8542", "lat: Vị trí nằm ngoài địa bàn tỉnh Lai Châu.")] // Hà Nội
    [InlineData("22.4", null, "lat: Cần cả vĩ độ (lat) và kinh độ (long).")]
    [InlineData("abc", "103.4", "lat: phải là số thập phân WGS84, ví dụ 22.3964.")]
    public async Task R5_3_A_place_outside_the_province_or_half_given_is_refused(string lat, string? lon, string expected)
    {
        var world = await ReportWorld.StartAsync(LastOrNew());

        var response = await world.Public.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(ReportWorld.Form(world.Open311Key, f =>
        {
            f["lat"] = lat;
            if (lon is null)
            {
                f.Remove("long");
            }
            else
            {
                f["long"] = lon;
            }
        })));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R7_1a_Confidential_and_hidden_reports_never_appear_in_public_gets()
    {
        var world = await ReportWorld.StartAsync(LastOrNew());
        var confidential = await world.SubmitAsync(f => f["attribute[confidential]"] = "true");

        var one = await world.Public.GetAsync($"/open311/v2/requests/{confidential}.json");

        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.DoesNotContain(confidential, await Codes(world));
    }

    private HostFactory LastOrNew() => NewHost();

    private static async Task<string[]> Codes(ReportWorld world) => [.. JsonDocument.Parse(await world.Public.GetStringAsync("/open311/v2/requests.json"))
        .RootElement.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!)];

    private static List<int> ErrorCodes(string format, string body) => format == "xml"
        ? [.. XDocument.Parse(body).Root!.Elements("error").Select(e => int.Parse(e.Element("code")!.Value, System.Globalization.CultureInfo.InvariantCulture))]
        : [.. JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetInt32())];
}

public sealed class SqliteOpen311RequestsTests : Open311RequestsTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresOpen311RequestsTests : Open311RequestsTests
{
    public PostgresOpen311RequestsTests(PostgresDatabase database) => Postgres = database;
}
