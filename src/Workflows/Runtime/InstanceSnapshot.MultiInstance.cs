using System.Text.Json;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Runtime;

/// <summary>The saved form of a multi-instance body: <c>"body": true</c> and its progress (items, created, completed).</summary>
public static partial class InstanceSnapshot
{
    private static void WriteMultiInstance(Utf8JsonWriter json, ElementInstance element)
    {
        if (!element.IsMultiInstanceBody)
        {
            return;
        }

        json.WriteBoolean("body", true);
        if (element.MultiInstance is not { } progress)
        {
            return;
        }

        json.WriteStartObject("multiInstance");
        json.WriteStartArray("items");
        foreach (var item in progress.Items)
        {
            item.WriteJson(json);
        }

        json.WriteEndArray();
        json.WriteNumber("created", progress.Created);
        json.WriteNumber("completed", progress.Completed);
        json.WriteEndObject();
    }

    private static void ReadMultiInstance(ElementInstance element, JsonElement item)
    {
        element.IsMultiInstanceBody = item.TryGetProperty("body", out var body) && body.GetBoolean();
        if (item.TryGetProperty("multiInstance", out var progress))
        {
            element.MultiInstance = new MultiInstanceProgress([.. progress.GetProperty("items").EnumerateArray().Select(FeelValue.FromJson)])
            {
                Created = progress.GetProperty("created").GetInt32(),
                Completed = progress.GetProperty("completed").GetInt32(),
            };
        }
    }
}
