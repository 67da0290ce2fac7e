using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 9: the designer's check, <c>POST /api/v1/definitions?validateOnly=true</c> — a deploy's validation, nothing deployed.</summary>
public sealed class ValidateDefinitionTests : IDisposable
{
    private readonly HostFactory _host = new();

    [Fact]
    public async Task ValidateOnly_ValidFile_Is204AndDeploysNothing()
    {
        using var client = _host.CreateClient(HostFactory.AdminKey);

        using var response = await Post(client, Processes.Approval(), "?validateOnly=true");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, Processes.OwnCount(await client.GetFromJsonAsync<JsonElement>("/api/v1/definitions")));
    }

    [Fact]
    public async Task ValidateOnly_InvalidFile_Is422WithTheElementsNamed()
    {
        using var client = _host.CreateClient(HostFactory.AdminKey);

        using var response = await Post(client, Processes.File("broken", """
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="send" />
            """), "?validateOnly=true");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var send = problem.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("elementId").GetString() == "send");
        Assert.False(string.IsNullOrEmpty(send.GetProperty("messageVi").GetString()));
        Assert.Equal(0, Processes.OwnCount(await client.GetFromJsonAsync<JsonElement>("/api/v1/definitions")));
    }

    [Fact]
    public async Task ValidateOnlyFalse_Deploys()
    {
        using var client = _host.CreateClient(HostFactory.AdminKey);

        using var response = await Post(client, Processes.Approval(), "?validateOnly=false");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public void Dispose() => _host.Dispose();

    private static Task<HttpResponseMessage> Post(HttpClient client, string xml, string query) =>
        client.PostAsync("/api/v1/definitions" + query, new StringContent(xml, Encoding.UTF8, "application/xml"));
}
