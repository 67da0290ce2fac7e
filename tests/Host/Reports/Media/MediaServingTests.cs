using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>Issue 6 point 6: media only through authorised URLs — staff by report access, the public by short-lived signed links.</summary>
public abstract class MediaServingTests : ProviderTestBase
{
    [Fact]
    public async Task Media_AreServedToTheLeadAgency_TheMonitoringCentreAndAdministrators_Only()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var photo = MediaSamples.Jpeg(3000);
        var code = await MediaIntakeTests.CodeAsync(await MediaIntakeTests.PostAsync(world, "rac-thai", ("<b>anh</b>.jpg", "text/html", photo)));
        var list = await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/media");
        var url = list[0].GetProperty("url").GetString()!;

        var officer = await world.As("an.nguyen").GetAsync(url);
        var otherAgency = await world.As("minh.do").GetAsync(url);
        var anonymous = await world.Public.GetAsync(url);
        var centre = await world.As("soc.officer").GetAsync(url);
        var admin = await world.Admin.GetAsync(url);
        var otherList = await world.As("minh.do").GetAsync($"/api/v1/reports/{code}/media");

        Assert.Equal(HttpStatusCode.OK, officer.StatusCode);
        Assert.Equal(photo, await officer.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", officer.Content.Headers.ContentType?.MediaType); // sniffed, not the declared text/html
        Assert.Equal("nosniff", Assert.Single(officer.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("inline", officer.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{code}-1.jpg", officer.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(HttpStatusCode.Forbidden, otherAgency.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherList.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, centre.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Video_IsServedInRanges()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var video = MediaSamples.Mp4(10_000);
        var code = await MediaIntakeTests.CodeAsync(await MediaIntakeTests.PostAsync(world, "khac", ("clip.mp4", "video/mp4", video)));
        var url = (await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/media"))[0].GetProperty("url").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(1000, 1999);

        var response = await world.As("an.nguyen").SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((1000L, 1999L, 10_000L), (response.Content.Headers.ContentRange?.From, response.Content.Headers.ContentRange?.To, response.Content.Headers.ContentRange?.Length));
        Assert.Equal(video[1000..2000], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Media_OfAPublicReport_ReachThePublic_ThroughALinkThatExpires()
    {
        var host = NewHost();
        var world = await ReportWorld.StartAsync(host);
        var photo = MediaSamples.Png(2000);
        var code = await MediaIntakeTests.CodeAsync(await MediaIntakeTests.PostAsync(world, "rac-thai", ("a.png", "image/png", photo)));

        var links = await world.Public.GetFromJsonAsync<JsonElement>($"/api/v1/public/reports/{code}/media");
        var url = links[0].GetProperty("url").GetString()!;
        var fresh = await world.Public.GetAsync(url);
        host.Clock.Advance(TimeSpan.FromMinutes(14));
        var later = await world.Public.GetAsync(url);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await world.Public.GetAsync(url);
        var tampered = await world.Public.GetAsync(url[..^4] + "AAAA");

        Assert.StartsWith("/media/", url);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(photo, await fresh.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", Assert.Single(fresh.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
    }

    [Fact]
    public async Task Open311_PublicRequestWithAPhoto_HasAMediaUrlServingThatPhoto()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var photo = MediaSamples.Png(1500, salt: 7);
        var code = await MediaIntakeTests.CodeAsync(await MediaIntakeTests.PostAsync(world, "rac-thai", ("a.png", "image/png", photo)));
        var without = await world.SubmitAsync();

        var one = await world.Public.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{code}.json");
        var url = one[0].GetProperty("media_url").GetString()!;
        var plain = await world.Public.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{without}.json");

        Assert.StartsWith("http://localhost/media/", url, StringComparison.Ordinal);
        Assert.Equal(photo, await world.Public.GetByteArrayAsync(new Uri(url).PathAndQuery));
        Assert.Equal(JsonValueKind.Null, plain[0].GetProperty("media_url").ValueKind);
    }

    [Fact]
    public async Task Media_OfConfidentialOrHiddenReports_NeverReachThePublic()
    {
        var world = await ReportWorld.StartAsync(NewHost());
        var confidential = await MediaIntakeTests.CodeAsync(await world.Public.PostAsync("/open311/v2/requests.json", MediaSamples.Multipart(
            ReportWorld.Form(world.Open311Key, f => { f["service_code"] = "khac"; f["attribute[confidential]"] = "true"; }),
            ("a.jpg", "image/jpeg", MediaSamples.Jpeg(salt: 1)))));
        var laterHidden = await MediaIntakeTests.CodeAsync(await MediaIntakeTests.PostAsync(world, "khac", ("b.jpg", "image/jpeg", MediaSamples.Jpeg(salt: 2))));
        var url = (await world.Public.GetFromJsonAsync<JsonElement>($"/api/v1/public/reports/{laterHidden}/media"))[0].GetProperty("url").GetString()!;

        var hide = await world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{laterHidden}/hide", new { reason = "Nội dung có thông tin cá nhân của người khác." });

        Assert.Equal(HttpStatusCode.NotFound, (await world.Public.GetAsync($"/api/v1/public/reports/{confidential}/media")).StatusCode);
        Assert.True(hide.IsSuccessStatusCode, await hide.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await world.Public.GetAsync(url)).StatusCode); // the link stops with the report
        Assert.Equal(HttpStatusCode.NotFound, (await world.Public.GetAsync($"/api/v1/public/reports/{laterHidden}/media")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.As("soc.officer").GetAsync($"/api/v1/reports/{confidential}/media")).StatusCode);
    }
}

public sealed class SqliteMediaServingTests : MediaServingTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMediaServingTests : MediaServingTests
{
    public PostgresMediaServingTests(PostgresDatabase database) => Postgres = database;
}
