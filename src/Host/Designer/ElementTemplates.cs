using System.Text.Json.Nodes;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Designer;

/// <summary>
/// Turns a registered job handler into a Zeebe element template (the format of bpmn-js-element-templates): a service
/// task whose job type is fixed, with one field per input and header the handler declares.
/// </summary>
public static class ElementTemplates
{
    /// <summary>Identifies the Zeebe flavour of the template format; a name only, never fetched.</summary>
    public const string Schema = "https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json";

    public static string IdOf(string jobType) => $"laichau.{jobType}";

    public static JsonObject From(IJobHandler handler)
    {
        // A handler without a description still appears (named by its job type), so no handler is out of reach.
        var description = (handler as IDescribedJobHandler)?.Description ?? new JobHandlerDescription(handler.Type);
        var properties = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "Hidden",
                ["value"] = handler.Type,
                ["binding"] = new JsonObject { ["type"] = "zeebe:taskDefinition", ["property"] = "type" },
            },
        };
        foreach (var input in description.Inputs ?? [])
        {
            properties.Add(Field(input.Label, input.Description, input.Required, input.Source, "inputs",
                new JsonObject { ["type"] = "zeebe:input", ["name"] = input.Target }, feel: true));
        }

        foreach (var header in description.Headers ?? [])
        {
            var field = Field(header.Label, header.Description, header.Required, header.Default, "headers",
                new JsonObject { ["type"] = "zeebe:taskHeader", ["key"] = header.Key }, feel: false);
            if (header.Choices is { Count: > 0 } choices)
            {
                field["type"] = "Dropdown";
                field["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["value"] = c })]);
                field["value"] ??= choices[0];
            }

            properties.Add(field);
        }

        return new JsonObject
        {
            ["$schema"] = Schema,
            ["name"] = description.Name,
            ["id"] = IdOf(handler.Type),
            ["version"] = 1,
            ["description"] = description.Description,
            ["appliesTo"] = new JsonArray("bpmn:Task"),
            ["elementType"] = new JsonObject { ["value"] = "bpmn:ServiceTask" },
            ["groups"] = new JsonArray(
                new JsonObject { ["id"] = "inputs", ["label"] = "Đầu vào" },
                new JsonObject { ["id"] = "headers", ["label"] = "Tham số" }),
            ["properties"] = properties,
        };
    }

    private static JsonObject Field(string label, string? description, bool required, string? value, string group, JsonObject binding, bool feel)
    {
        var field = new JsonObject { ["label"] = label, ["type"] = "String", ["group"] = group, ["binding"] = binding };
        if (feel)
        {
            field["feel"] = "optional"; // inputs are usually expressions over the process variables
        }

        if (description is not null)
        {
            field["description"] = description;
        }

        if (value is not null)
        {
            field["value"] = value;
        }

        if (required)
        {
            field["constraints"] = new JsonObject { ["notEmpty"] = true };
        }

        return field;
    }
}
