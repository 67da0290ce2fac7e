using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Calendar;

/// <summary>Issue 5: the working-day calendar over HTTP, with the official decisions editable by administrators.</summary>
public abstract class CalendarApiTests : ProviderTestBase
{
    private const string Calendar = "/api/v1/calendar";

    [Fact]
    public async Task GetYear_2026_IsDecidedWithTheSeededTetAndSwappedSaturday()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var year = await client.GetFromJsonAsync<JsonElement>($"{Calendar}/2026");

        Assert.False(year.GetProperty("provisional").GetBoolean());
        Assert.Equal("2026-02-17", year.GetProperty("lunarNewYear").GetString());
        var days = year.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("kind").GetString());
        Assert.All(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"], d => Assert.Equal("DayOff", days[d]));
        Assert.Equal("WorkingDay", days["2026-01-10"]);
    }

    [Fact]
    public async Task GetYear_2030_IsProvisionalWithTheVietnameseTet()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var year = await client.GetFromJsonAsync<JsonElement>($"{Calendar}/2030");

        Assert.True(year.GetProperty("provisional").GetBoolean());
        Assert.Equal("2030-02-02", year.GetProperty("lunarNewYear").GetString());
    }

    [Fact]
    public async Task AddWorkingDays_FromTheFridayBeforeTet2026_SkipsTheHolidayWeek()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var result = await client.GetFromJsonAsync<JsonElement>($"{Calendar}/add-working-days?from=2026-02-13T09:00:00%2B07:00&days=1");

        Assert.Equal(new DateTimeOffset(2026, 2, 23, 17, 0, 0, TimeSpan.FromHours(7)), result.GetProperty("due").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("from=2026-02-13T09:00:00&days=1", "from")]
    [InlineData("from=2026-02-13T09:00:00Z&days=-1", "days")]
    [InlineData("days=1", "from")]
    public async Task AddWorkingDays_WithBadInput_Is400NamingTheField(string query, string field)
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync($"{Calendar}/add-working-days?{query}"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task PutException_DecidesAProvisionalYear_AndDeleteUndoesIt()
    {
        using var admin = NewHost().CreateClient(HostFactory.AdminKey);
        var body = new { kind = "DayOff", reason = "Nghỉ bù Quốc khánh", legalReference = "Thông báo thử nghiệm" };

        var put = await admin.PutAsJsonAsync($"{Calendar}/exceptions/2027-09-03", body);

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var year = await admin.GetFromJsonAsync<JsonElement>($"{Calendar}/2027");
        Assert.False(year.GetProperty("provisional").GetBoolean());
        Assert.Contains(year.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2027-09-03"
            && d.GetProperty("reason").GetString() == "Nghỉ bù Quốc khánh");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Calendar}/exceptions/2027-09-03")).StatusCode);
        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"{Calendar}/2027")).GetProperty("provisional").GetBoolean());
        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync($"{Calendar}/exceptions/2027-09-03"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PutException_WorkedSaturday_MovesTheDeadline()
    {
        using var admin = NewHost().CreateClient(HostFactory.AdminKey);
        const string query = "add-working-days?from=2028-03-03T09:00:00%2B07:00&days=1"; // Friday 3 March 2028
        var before = (await admin.GetFromJsonAsync<JsonElement>($"{Calendar}/{query}")).GetProperty("due").GetDateTimeOffset();

        await admin.PutAsJsonAsync($"{Calendar}/exceptions/2028-03-04", new { kind = "WorkingDay", reason = "Làm bù", legalReference = "Quyết định thử nghiệm" });
        try
        {
            var after = (await admin.GetFromJsonAsync<JsonElement>($"{Calendar}/{query}")).GetProperty("due").GetDateTimeOffset();
            Assert.Equal(new DateTimeOffset(2028, 3, 6, 17, 0, 0, TimeSpan.FromHours(7)), before);
            Assert.Equal(new DateTimeOffset(2028, 3, 4, 17, 0, 0, TimeSpan.FromHours(7)), after);
        }
        finally
        {
            await admin.DeleteAsync($"{Calendar}/exceptions/2028-03-04"); // the table is shared reference data
        }
    }

    [Fact]
    public async Task PutException_ByIntegrationKeyOrWithBadFields_IsRefused()
    {
        var host = NewHost();
        using var admin = host.CreateClient(HostFactory.AdminKey);
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "app", role = "Integration" })).Content.ReadFromJsonAsync<JsonElement>();
        using var integration = host.CreateClient(created.GetProperty("key").GetString());
        var body = new { kind = "DayOff", reason = "x", legalReference = "y" };

        await ProblemAssert.IsProblemAsync(await integration.PutAsJsonAsync($"{Calendar}/exceptions/2027-09-03", body), HttpStatusCode.Forbidden);
        var bad = await ProblemAssert.IsProblemAsync(
            await admin.PutAsJsonAsync($"{Calendar}/exceptions/2027-02-30", new { kind = "Holiday", reason = " ", legalReference = "" }),
            HttpStatusCode.BadRequest);
        Assert.Equal(["date", "kind", "legalReference", "reason"], bad.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }
}

public sealed class SqliteCalendarApiTests : CalendarApiTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCalendarApiTests : CalendarApiTests
{
    public PostgresCalendarApiTests(PostgresDatabase database) => Postgres = database;
}
