using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 4 point 8: the engine over HTTP — definitions, instances, tasks, incidents — with precise errors.</summary>
public abstract class WorkflowApiTests : ProviderTestBase
{
    [Fact]
    public async Task PostDefinition_New_Is201_Same_Is200_Changed_IsVersion2()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var created = await Deploy(client, Processes.Approval());
        var same = await Deploy(client, Processes.Approval());
        var changed = await Deploy(client, Processes.Approval().Replace("Phê duyệt", "Phê duyệt kết quả", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/definitions/approval/versions/1", created.Headers.Location?.OriginalString);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("approval", 1), (body.GetProperty("key").GetString(), body.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(2, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        var v1 = await client.GetFromJsonAsync<JsonElement>("/api/v1/definitions/approval/versions/1");
        Assert.Equal(Processes.Approval(), v1.GetProperty("xml").GetString());
        Assert.Equal(2, Processes.OwnCount(await client.GetFromJsonAsync<JsonElement>("/api/v1/definitions")));
    }

    [Fact]
    public async Task PostDefinition_Invalid_Is422WithEveryErrorLocated()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await Deploy(client, Processes.File("broken", """
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="send" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="nowhere" />
            """));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.True(errors.Count >= 2);
        var send = errors.First(e => e.GetProperty("elementId").GetString() == "send");
        Assert.True(send.GetProperty("line").GetInt32() > 0 && send.GetProperty("column").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(send.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrEmpty(send.GetProperty("message").GetString()));
        Assert.Equal(0, Processes.OwnCount(await client.GetFromJsonAsync<JsonElement>("/api/v1/definitions")));
    }

    [Fact]
    public async Task PostDefinition_HostileBodies_AreRefusedWithoutDeployingAnything()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&lol2;</bpmn:definitions>
            """;

        var tooLarge = await Deploy(client, Processes.Approval() + new string(' ', 6 * 1024 * 1024));
        var entities = await Deploy(client, bomb);
        var binary = await client.PostAsync("/api/v1/definitions", new ByteArrayContent([0x00, 0xFF, 0xFE, 0x00, 0x1B]));

        await ProblemAssert.IsProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        var problem = await ProblemAssert.IsProblemAsync(entities, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("BPMN-XML-003", problem.GetProperty("errors")[0].GetProperty("code").GetString());
        await ProblemAssert.IsProblemAsync(binary, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, Processes.OwnCount(await client.GetFromJsonAsync<JsonElement>("/api/v1/definitions")));
    }

    [Fact]
    public async Task Instance_StartedClaimedCompleted_OverHttp()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);
        await Deploy(client, Processes.Approval());

        var start = await client.PostAsJsonAsync("/api/v1/instances", new
        {
            definitionKey = "approval",
            businessKey = "PA-2026-0042",
            variables = new { reporter = new { name = "Lò Văn Páo" }, photos = 2 },
        });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var id = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var instance = await client.GetFromJsonAsync<JsonElement>($"/api/v1/instances/{id}");
        Assert.Equal("active", instance.GetProperty("state").GetString());
        Assert.Equal(["approve"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Lò Văn Páo", instance.GetProperty("variables").GetProperty("reporter").GetProperty("name").GetString());

        var tasks = await client.GetFromJsonAsync<JsonElement>("/api/v1/tasks?candidateGroup=leaders&state=created");
        var task = Assert.Single(tasks.GetProperty("items").EnumerateArray());
        Assert.Equal(["leaders"], task.GetProperty("candidateGroups").EnumerateArray().Select(e => e.GetString()));
        var taskId = task.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/tasks/{taskId}/claim", null)).StatusCode);
        var complete = await client.PostAsJsonAsync($"/api/v1/tasks/{taskId}/complete", new { variables = new { approved = true } });
        Assert.Equal(HttpStatusCode.NoContent, complete.StatusCode);
        var again = await client.PostAsJsonAsync($"/api/v1/tasks/{taskId}/complete", new { variables = new { approved = false } });
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);

        instance = await client.GetFromJsonAsync<JsonElement>($"/api/v1/instances/{id}");
        Assert.Equal("completed", instance.GetProperty("state").GetString());
        Assert.True(instance.GetProperty("variables").GetProperty("approved").GetBoolean());
        var journal = await client.GetFromJsonAsync<JsonElement>($"/api/v1/instances/{id}/journal");
        Assert.Equal("InstanceStarted", journal[0].GetProperty("type").GetString());
        Assert.Equal("InstanceCompleted", journal[journal.GetArrayLength() - 1].GetProperty("type").GetString());
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/instances?businessKey=PA-2026-0042&state=completed");
        Assert.Equal(id, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Cancel_OverHttp_TerminatesAndASecondCancelIs409()
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);
        await Deploy(client, Processes.Approval());
        var id = await Start(client, "approval");

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/instances/{id}/cancel", null)).StatusCode);
        await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/v1/instances/{id}/cancel", null), HttpStatusCode.Conflict);
        Assert.Equal("terminated", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/instances/{id}")).GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("""{ "definitionKey": "nothing-deployed" }""", HttpStatusCode.NotFound)]
    [InlineData("""{ "definitionKey": "approval", "version": 9 }""", HttpStatusCode.NotFound)]
    [InlineData("""{ "version": 1 }""", HttpStatusCode.BadRequest)]
    [InlineData("""{ "definitionKey": "approval", "variables": [1, 2] }""", HttpStatusCode.BadRequest)]
    [InlineData("""{ "definitionKey": "approval", "variabels": {} }""", HttpStatusCode.BadRequest)]
    [InlineData("""{ "definitionKey": "approval", """, HttpStatusCode.BadRequest)]
    public async Task Start_BadRequest_IsAPreciseProblem_AndStartsNothing(string json, HttpStatusCode status)
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);
        await Deploy(client, Processes.Approval());

        var response = await client.PostAsync("/api/v1/instances", new StringContent(json, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, status);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/instances")).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/instances/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/v1/instances/00000000-0000-0000-0000-000000000001/journal")]
    [InlineData("/api/v1/tasks/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/v1/definitions/approval/versions/3")]
    public async Task UnknownIds_Are404Problems(string path)
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        await ProblemAssert.IsProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/v1/instances?state=sleeping")]
    [InlineData("/api/v1/tasks?state=done")]
    [InlineData("/api/v1/tasks?limit=0")]
    [InlineData("/api/v1/tasks?after=not-a-cursor")]
    [InlineData("/api/v1/incidents?state=maybe")]
    public async Task BadQueries_AreProblemsNaming_TheParameter(string path)
    {
        using var client = NewHost().CreateClient(HostFactory.AdminKey);

        var response = await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithoutAnApiKey_TheEngineApiIs401()
    {
        using var client = NewHost().CreateClient(apiKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/instances")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Deploy(client, Processes.Approval())).StatusCode);
    }

    private static Task<HttpResponseMessage> Deploy(HttpClient client, string xml) =>
        client.PostAsync("/api/v1/definitions", new StringContent(xml, Encoding.UTF8, "application/xml"));

    private static async Task<Guid> Start(HttpClient client, string key)
    {
        var response = await client.PostAsJsonAsync("/api/v1/instances", new { definitionKey = key });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

public sealed class SqliteWorkflowApiTests : WorkflowApiTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkflowApiTests : WorkflowApiTests
{
    public PostgresWorkflowApiTests(PostgresDatabase database) => Postgres = database;
}
