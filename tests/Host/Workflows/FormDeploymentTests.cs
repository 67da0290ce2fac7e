using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>
/// Issue 16 points 1–2: forms are deployed and versioned with the process; a user task keeps the form version that was
/// the latest when it was created; a completion is checked against that version, through the engine and the API.
/// </summary>
public abstract class FormDeploymentTests : ProviderTestBase
{
    private static string Form(string id, string fields) => $$"""{ "id": "{{id}}", "type": "default", "components": [ {{fields}} ] }""";

    private static string Note(bool required = true) =>
        $$"""{ "type": "textarea", "id": "note", "key": "note", "label": "Ghi chú", "validate": { "required": {{(required ? "true" : "false")}} } }""";

    private static string Photo() => """{ "type": "filepicker", "id": "photo", "key": "photo", "label": "Ảnh", "validate": { "required": true } }""";

    private static string Checked(string id, string formId) => Processes.File(id, $"""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="check" name="Kiểm tra">
          <bpmn:extensionElements>
            <zeebe:userTask />
            <zeebe:assignmentDefinition candidateGroups="officers" />
            <zeebe:formDefinition formId="{formId}" />
          </bpmn:extensionElements>
        </bpmn:userTask>
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
        <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="end" />
        """);

    private static readonly TaskActor Officer = new("officer", ["officers"], IsAdministrator: false);

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task A_task_keeps_its_form_version_while_new_tasks_take_the_edited_one()
    {
        var engine = NewHost().Services.GetRequiredService<WorkflowEngine>();
        var (process, form) = (Unique("p"), Unique("f"));
        await engine.DeployResourcesAsync([new("p.bpmn", Checked(process, form)), new("f.form", Form(form, Note()))], "test", null);
        var first = await engine.StartAsync(new StartInstance(process, null, null, new Dictionary<string, FeelValue>()));
        var again = await engine.DeployResourcesAsync([new("f.form", Form(form, Note()))], "test", null);

        var edited = await engine.DeployResourcesAsync([new("f.form", Form(form, Note() + "," + Photo()))], "test", "ảnh bắt buộc");
        var second = await engine.StartAsync(new StartInstance(process, null, null, new Dictionary<string, FeelValue>()));

        Assert.Equal((1, false), (again.Forms[0].Version, again.Forms[0].IsNew));
        Assert.Equal((2, true), (edited.Forms[0].Version, edited.Forms[0].IsNew));
        var oldTask = await TaskOf(engine, first);
        var newTask = await TaskOf(engine, second);
        Assert.Equal((form, 1), (oldTask.FormKey, oldTask.FormVersion));
        Assert.Equal(2, newTask.FormVersion);
        // The open task is completed by its own version (no photo field there) …
        await engine.CompleteTaskAsync(oldTask.Id, Officer, new Dictionary<string, FeelValue> { ["note"] = FeelValue.String("Xong") });
        // … the new one needs the photo its version asks for.
        var refused = await Assert.ThrowsAsync<WorkflowFormException>(() =>
            engine.CompleteTaskAsync(newTask.Id, Officer, new Dictionary<string, FeelValue> { ["note"] = FeelValue.String("Xong") }));
        Assert.Equal("photo", Assert.Single(refused.Errors).Key);
        Assert.Equal("ảnh bắt buộc", (await engine.Queries().FindFormsAsync()).Single(f => f.FormId == form && f.Version == 2).ChangeNote);
    }

    [Fact]
    public async Task A_user_task_linking_a_form_nobody_deployed_is_refused_and_nothing_is_deployed()
    {
        var engine = NewHost().Services.GetRequiredService<WorkflowEngine>();
        var process = Unique("p");

        var refused = await Assert.ThrowsAsync<WorkflowInvalidException>(() =>
            engine.DeployResourcesAsync([new("p.bpmn", Checked(process, "no-such-form")), new("other.form", Form(Unique("f"), Note()))], "test", null));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("BPMN-DEPLOY-003", "check", "p.bpmn"), (error.Code, error.ElementId, error.Resource));
        Assert.DoesNotContain(await engine.Queries().FindDefinitionsAsync(), d => d.Key == process);
        Assert.DoesNotContain(await engine.Queries().FindFormsAsync(), f => f.DeployedBy == "test");
    }

    [Fact]
    public async Task A_task_without_a_form_takes_no_variables_but_from_an_administrator()
    {
        var engine = NewHost().Services.GetRequiredService<WorkflowEngine>();
        await engine.DeployAsync(Processes.Approval("no-form"), "test");
        var id = await engine.StartAsync(new StartInstance("no-form", null, null, new Dictionary<string, FeelValue>()));
        var task = await TaskOf(engine, id);
        var leader = new TaskActor("leader", ["leaders"], IsAdministrator: false);

        var refused = await Assert.ThrowsAsync<WorkflowFormException>(() =>
            engine.CompleteTaskAsync(task.Id, leader, new Dictionary<string, FeelValue> { ["approved"] = FeelValue.True }));
        await engine.CompleteTaskAsync(task.Id, TaskActor.Administrator("admin"), new Dictionary<string, FeelValue> { ["approved"] = FeelValue.True });

        Assert.Equal(["approved"], refused.UnknownKeys);
        Assert.Equal(FeelValue.True, (await engine.Queries().GetInstanceAsync(id)).Variables["approved"]);
    }

    [Fact]
    public async Task The_api_deploys_forms_with_the_process_and_answers_a_refusal_in_both_languages()
    {
        var host = NewHost();
        using var client = host.CreateClient(HostFactory.AdminKey);
        var (process, form) = (Unique("p"), Unique("f"));
        using var body = new MultipartFormDataContent
        {
            { new StringContent(Checked(process, form)), "resources", "p.bpmn" },
            { new StringContent(Form(form, Note() + """, { "type": "taglist", "id": "tags", "key": "tags" }""")), "resources", "f.form" },
        };

        var invalid = await ProblemAssert.IsProblemAsync(await client.PostAsync("/api/v1/deployments", body), HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(invalid.GetProperty("errors").EnumerateArray());
        Assert.Equal(("FORM-COMPONENT-001", "tags", "f.form"),
            (error.GetProperty("code").GetString(), error.GetProperty("elementId").GetString(), error.GetProperty("resource").GetString()));

        using var good = new MultipartFormDataContent
        {
            { new StringContent(Checked(process, form)), "resources", "p.bpmn" },
            { new StringContent(Form(form, Note())), "resources", "f.form" },
            { new StringContent("Biểu mẫu kiểm tra"), "changeNote" },
        };
        var created = await client.PostAsync("/api/v1/deployments", good);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var schema = await client.GetFromJsonAsync<JsonElement>($"/api/v1/forms/{form}");
        Assert.Equal((1, "note"), (schema.GetProperty("version").GetInt32(), schema.GetProperty("schema").GetProperty("components")[0].GetProperty("key").GetString()));

        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        var task = await TaskOf(engine, await engine.StartAsync(new StartInstance(process, null, null, new Dictionary<string, FeelValue>())));
        var taskForm = await client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks/{task.Id}/form");
        Assert.Equal((form, 1), (taskForm.GetProperty("formId").GetString(), taskForm.GetProperty("version").GetInt32()));
        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{task.Id}/complete", new { variables = new { note = "", resolutionDue = "2030-12-31T17:00:00+07:00" } });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["resolutionDue"], problem.GetProperty("unknownKeys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("This field is required.", problem.GetProperty("errors").GetProperty("note")[0].GetString());
        Assert.Equal("Trường này là bắt buộc.", problem.GetProperty("errorsVi").GetProperty("note")[0].GetString());
    }

    private static async Task<TaskView> TaskOf(WorkflowEngine engine, Guid instance) =>
        Assert.Single((await engine.Queries().FindTasksAsync(new TaskQuery(InstanceId: instance, State: LaiChau.Workflows.Engine.Rows.UserTaskState.Created), TaskActor.Administrator("t"))).Items);
}

public sealed class SqliteFormDeploymentTests : FormDeploymentTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFormDeploymentTests : FormDeploymentTests
{
    public PostgresFormDeploymentTests(PostgresDatabase database) => Postgres = database;
}
