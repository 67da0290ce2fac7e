using System.Text;
using System.Text.Json;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// The saved form of a <see cref="ProcessInstanceState"/> between two commands: status, the live element instances
/// (finished ones are history, kept in the journal only) with their open incident step, every scope's variables and
/// the open timer and message subscriptions, as one JSON document.
/// Any state a later slice adds to an instance must be written and read here, or it is lost between commands.
/// </summary>
public static partial class InstanceSnapshot
{
    public static string Write(ProcessInstanceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", state.Id);
            json.WriteString("status", state.Status.ToString());
            json.WriteStartArray("elements");
            foreach (var element in state.ActiveElementInstances)
            {
                WriteElement(json, element);
            }

            json.WriteEndArray();
            json.WriteStartObject("variables");
            foreach (var (scope, values) in state.AllVariables)
            {
                json.WriteStartObject(scope.ToString());
                foreach (var (name, value) in values)
                {
                    json.WritePropertyName(name);
                    value.WriteJson(json);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            WriteSubscriptions(json, state);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a snapshot written by <see cref="Write"/> for the same <paramref name="model"/>.</summary>
    public static ProcessInstanceState Read(string snapshot, ProcessModel model)
    {
        using var document = JsonDocument.Parse(snapshot);
        var root = document.RootElement;
        var state = new ProcessInstanceState(root.GetProperty("id").GetGuid(), model)
        {
            Status = Enum.Parse<InstanceStatus>(root.GetProperty("status").GetString()!),
        };
        foreach (var item in root.GetProperty("elements").EnumerateArray())
        {
            ReadElement(state, item);
        }

        foreach (var scope in root.GetProperty("variables").EnumerateObject())
        {
            var key = Guid.Parse(scope.Name);
            foreach (var variable in scope.Value.EnumerateObject())
            {
                state.SetLocal(key, variable.Name, FeelValue.FromJson(variable.Value));
            }
        }

        ReadSubscriptions(state, root);
        return state;
    }

    private static void WriteElement(Utf8JsonWriter json, ElementInstance element)
    {
        json.WriteStartObject();
        json.WriteString("id", element.Id);
        json.WriteString("element", element.ElementId);
        if (element.ScopeId is { } scope)
        {
            json.WriteString("scope", scope);
        }

        if (element.ArrivedFlows.Count > 0)
        {
            json.WriteStartArray("arrived");
            foreach (var flow in element.ArrivedFlows.Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(flow);
            }

            json.WriteEndArray();
        }

        if (element.Incident is { } incident)
        {
            json.WriteString("incident", incident.ToString());
        }

        WriteMultiInstance(json, element);

        json.WriteEndObject();
    }

    private static void ReadElement(ProcessInstanceState state, JsonElement item)
    {
        Guid? scope = item.TryGetProperty("scope", out var s) ? s.GetGuid() : null;
        var element = state.Add(item.GetProperty("id").GetGuid(), item.GetProperty("element").GetString()!, scope);
        if (item.TryGetProperty("arrived", out var arrived))
        {
            foreach (var flow in arrived.EnumerateArray())
            {
                element.Arrive(flow.GetString()!);
            }
        }

        if (item.TryGetProperty("incident", out var incident))
        {
            element.Incident = Enum.Parse<IncidentStep>(incident.GetString()!);
        }
        ReadMultiInstance(element, item);
    }
}
