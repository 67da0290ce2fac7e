using System.Xml.Linq;
using LaiChau.Workflows.Model;
using static LaiChau.Workflows.Bpmn.ZeebeVocabulary;

namespace LaiChau.Workflows.Bpmn;

/// <summary>Reads a user task's Zeebe assignment, schedule and form.</summary>
internal static class UserTaskReader
{
    public static UserTask Read(XElement element, ReadContext context)
    {
        var assignment = element.ZeebeExtension(Zeebe.AssignmentDefinition);
        var schedule = element.ZeebeExtension(Zeebe.TaskSchedule);
        var form = element.ZeebeExtension(Zeebe.FormDefinition);
        return new UserTask
        {
            Id = context.IdOf(element),
            Assignee = assignment.Attr(Zeebe.Assignee),
            CandidateGroups = assignment.Attr(Zeebe.CandidateGroups),
            CandidateUsers = assignment.Attr(Zeebe.CandidateUsers),
            DueDate = schedule.Attr(Zeebe.DueDate),
            FollowUpDate = schedule.Attr(Zeebe.FollowUpDate),
            FormKey = form.Attr(Zeebe.FormKey),
            FormId = form.Attr(Zeebe.FormId),
            IsZeebeUserTask = element.ZeebeExtension(Zeebe.UserTask) is not null,
        };
    }
}
