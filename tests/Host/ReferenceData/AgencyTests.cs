using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.ReferenceData;

/// <summary>Issue 6 point 1 and R12.1: agencies, their staff, and exactly one focal leader each.</summary>
public abstract class AgencyTests : ProviderTestBase
{
    private const string Agencies = "/api/v1/agencies";

    [Fact]
    public async Task FirstStart_SeedsTheCommittees_AndTheMonitoringCentre_WaitingForTheirLeaders()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var agencies = (await client.GetFromJsonAsync<JsonElement>(Agencies)).EnumerateArray().ToList();

        Assert.Equal(38 + 2, agencies.Count);
        Assert.Contains(agencies, a => a.GetProperty("code").GetString() == "UBND-TINH" && a.GetProperty("unitCode").GetString() == "12");
        Assert.Contains(agencies, a => a.GetProperty("code").GetString() == "SOC-IOC" && a.GetProperty("kind").GetString() == "monitoringCentre");
        Assert.Equal("Ủy ban nhân dân phường Đoàn Kết", agencies.Single(a => a.GetProperty("code").GetString() == "UBND-03388").GetProperty("name").GetString());
        Assert.All(agencies, a => Assert.False(a.GetProperty("ready").GetBoolean()));
    }

    [Fact]
    public async Task R12_1_AnAgencyWithItsOneFocalLeader_IsReady_AndChangingTheLeaderMovesTheRole()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var first = await client.PutAsJsonAsync($"{Agencies}/UBND-03388", Body(active: true, ("lan.le", "leader", true), ("an.nguyen", "officer", false)));
        var second = await client.PutAsJsonAsync($"{Agencies}/UBND-03388", Body(active: true, ("lan.le", "leader", false), ("binh.tran", "leader", true), ("an.nguyen", "officer", false)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ready").GetBoolean());
        var agency = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("binh.tran", agency.GetProperty("focalLeader").GetProperty("userId").GetString());
        Assert.Equal(3, agency.GetProperty("members").GetArrayLength());
    }

    [Theory]
    [InlineData(true, new string[0], "members.focalLeader")]
    [InlineData(false, new[] { "lan.le:leader:true", "binh.tran:leader:true" }, "members.focalLeader")]
    [InlineData(false, new[] { "an.nguyen:officer:false" }, "members.focalLeader")]
    [InlineData(false, new[] { "an.nguyen:officer:true" }, "members[0].focalLeader")]
    [InlineData(false, new[] { "lan.le:leader:true", "lan.le:officer:false" }, "members")]
    public async Task R12_1_NoneOrTwoFocalLeaders_IsRefused_AndNothingChanges(bool active, string[] members, string field)
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);
        var parsed = members.Select(m => m.Split(':')).Select(p => (p[0], p[1], bool.Parse(p[2]))).ToArray();

        var response = await client.PutAsJsonAsync($"{Agencies}/UBND-03388", Body(active, parsed));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var agency = await client.GetFromJsonAsync<JsonElement>($"{Agencies}/UBND-03388");
        Assert.Equal(0, agency.GetProperty("members").GetArrayLength());
    }

    [Theory]
    [InlineData("UBND-99999", "peoplesCommittee", "99999", "unitCode")]
    [InlineData("UBND-03388", "peoplesCommittee", "03394", "kind")]
    [InlineData("SO-GTVT", "monitoringCentre", null, "kind")]
    [InlineData("so gtvt", "department", null, "code")]
    public async Task WrongCodeKindOrUnit_IsRefused(string code, string kind, string? unit, string field)
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await client.PutAsJsonAsync($"{Agencies}/{Uri.EscapeDataString(code)}", new { name = "Cơ quan", kind, unitCode = unit, active = false, members = Array.Empty<object>() });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task ADepartment_IsCreated()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await client.PutAsJsonAsync($"{Agencies}/SO-GTVT", new
        {
            name = "Sở Xây dựng tỉnh Lai Châu",
            kind = "department",
            active = true,
            members = new[] { new { userId = "hoa.pham", fullName = "Phạm Thị Hoa", role = "leader", focalLeader = true } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/agencies/SO-GTVT", response.Headers.Location?.OriginalString);
    }

    private static object Body(bool active, params (string User, string Role, bool Focal)[] members) => new
    {
        name = "Ủy ban nhân dân phường Đoàn Kết",
        kind = "peoplesCommittee",
        unitCode = "03388",
        active,
        members = members.Select(m => new { userId = m.User, fullName = $"Người {m.User}", role = m.Role, focalLeader = m.Focal }),
    };
}

public sealed class SqliteAgencyTests : AgencyTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAgencyTests : AgencyTests
{
    public PostgresAgencyTests(PostgresDatabase database) => Postgres = database;
}
