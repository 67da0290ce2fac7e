using LaiChau.Host.Data;
using LaiChau.Host.Errors;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Reports.Submit;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Forms;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Workflows;

/// <summary>
/// Completes a user task for the case page and the API alike (issue 16 point 2): the engine checks the values against
/// the task's form; the files of its file fields are checked like a report's media, stored, and their rows committed
/// in the same transaction as the completion — a refused completion leaves no media row behind.
/// </summary>
public sealed class TaskCompletion(WorkflowUserTasks tasks, WorkflowQueries queries, Messages.MessagePublisher publisher, MediaIntake media, TimeProvider clock, ILoggerFactory loggers)
{
    /// <summary>
    /// Null when the task is completed; otherwise the refused file fields (by key). The engine's own refusals arrive as
    /// exceptions: <see cref="WorkflowFormException"/> (422), not found, conflict, forbidden.
    /// </summary>
    public async Task<FieldErrors?> CompleteAsync(
        Guid taskId,
        TaskActor actor,
        IReadOnlyDictionary<string, FeelValue> variables,
        IReadOnlyDictionary<string, IReadOnlyList<IncomingMedia>> files,
        CancellationToken ct)
    {
        var form = await queries.GetTaskFormAsync(taskId, actor, ct);
        var fileKeys = form?.Form.Settable.Where(c => c.Type == FormComponentTypes.FilePicker).Select(c => c.Key!).ToHashSet(StringComparer.Ordinal) ?? [];
        var errors = new FieldErrors();
        foreach (var key in variables.Keys.Where(fileKeys.Contains))
        {
            errors.Set(key, new BilingualText(
                "Tệp đính kèm được gửi dưới dạng tệp (multipart/form-data), không phải giá trị.",
                "Attach the files as parts of a multipart/form-data body, not as a value."));
        }

        foreach (var key in files.Keys.Where(k => !fileKeys.Contains(k) && files[k].Count > 0))
        {
            errors.Set(key, new BilingualText($"'{key}' không phải trường tệp của biểu mẫu.", $"'{key}' is not a file field of the task's form."));
        }

        var values = new Dictionary<string, FeelValue>(variables, StringComparer.Ordinal);
        var stored = new List<(string Key, StoredMedia Media)>();
        foreach (var (key, incoming) in files.Where(f => fileKeys.Contains(f.Key) && f.Value.Count > 0))
        {
            var mediaErrors = new Dictionary<string, string[]>();
            var checkedFiles = await media.CheckAsync(incoming, null, mediaErrors, ct);
            if (mediaErrors.Count > 0)
            {
                var text = string.Join(" ", mediaErrors.Values.SelectMany(m => m));
                errors.Set(key, new BilingualText(text, text));
                continue;
            }

            stored.AddRange((await media.StoreAsync(checkedFiles, ct)).Select(m => (key, m)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var reportCode = stored.Count == 0 ? null : form!.BusinessKey;
        if (stored.Count > 0 && reportCode is null)
        {
            errors.Set(stored[0].Key, new BilingualText("Chỉ đính kèm được tệp vào công việc của một phản ánh.", "Files can only be attached to a report's task."));
            return errors;
        }

        var at = clock.GetUtcNow();
        var rows = stored.Select(s => (s.Key, Row: new ReportMediaRow
        {
            Id = Guid.CreateVersion7(at), ReportCode = reportCode!, Sha256 = s.Media.Blob.Sha256,
            ContentType = s.Media.Type.ContentType, Size = s.Media.Blob.Length, CreatedAt = at,
        })).ToList();
        foreach (var group in rows.GroupBy(r => r.Key))
        {
            values[group.Key] = FeelValue.List(group.Select(r => FeelValue.String(r.Row.Id.ToString())));
        }

        await tasks.CompleteTaskAsync(taskId, actor, values, rows.Count == 0 ? null : (db, token) => AttachAsync(db, reportCode!, rows.Select(r => r.Row), token), ct);
        await TaskClaimSignal.PublishAsync(queries, publisher, taskId, loggers, ct); // a task done was taken (R2.2)
        return null;
    }

    /// <summary>The result's files after the report's own (R7.1 step 4), numbered on, in the completion's transaction.</summary>
    private static async Task AttachAsync(DbContext db, string reportCode, IEnumerable<ReportMediaRow> rows, CancellationToken ct)
    {
        var set = db.Set<ReportMediaRow>();
        var next = (await set.Where(m => m.ReportCode == reportCode).MaxAsync(m => (int?)m.Position, ct) ?? 0) + 1;
        foreach (var row in rows)
        {
            set.Add(new ReportMediaRow
            {
                Id = row.Id, ReportCode = row.ReportCode, Position = next++, Sha256 = row.Sha256, ContentType = row.ContentType, Size = row.Size,
                CreatedAt = row.CreatedAt, Purpose = MediaPurposes.Result,
            });
        }
    }
}
