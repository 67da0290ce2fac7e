namespace LaiChau.Workflows.Engine;

/// <summary>
/// A job handler that tells the designer what it is: the host turns each into an element template, so a new handler
/// appears in the designer with no front-end change (issue 9). Names and labels are Vietnamese, for administrators.
/// </summary>
public interface IDescribedJobHandler : IJobHandler
{
    JobHandlerDescription Description { get; }
}

/// <param name="Name">What an administrator picks, e.g. "Gửi thông báo cho công dân".</param>
/// <param name="Inputs">Variables the handler reads (zeebe:input), in the order shown.</param>
/// <param name="Headers">Static settings of the task (zeebe:taskHeader), in the order shown.</param>
public sealed record JobHandlerDescription(
    string Name,
    string? Description = null,
    IReadOnlyList<JobHandlerInput>? Inputs = null,
    IReadOnlyList<JobHandlerHeader>? Headers = null);

/// <param name="Target">The variable name inside the job.</param>
/// <param name="Source">The default mapping, usually a FEEL expression such as <c>=report.id</c>.</param>
public sealed record JobHandlerInput(string Target, string Label, bool Required = false, string? Source = null, string? Description = null);

/// <param name="Choices">When set, the designer offers only these values (a dropdown).</param>
public sealed record JobHandlerHeader(
    string Key, string Label, bool Required = false, string? Default = null, IReadOnlyList<string>? Choices = null, string? Description = null);
