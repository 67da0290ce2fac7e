using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;
using Sender = LaiChau.Workflows.Bpmn.ZeebeVocabulary.Sender;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// Who may publish a message (ADR 0021): the sender kinds that every definition it can reach allows — the latest
/// version of each process whose file declares a message of that name, and the versions of the instances waiting for
/// it (same name and correlation key). A declaration without the <c>senders</c> property, or a name declared
/// nowhere, allows only <see cref="Sender.System"/>.
/// </summary>
public sealed record MessageSenders(string MessageName, IReadOnlySet<string> Allowed)
{
    public bool Allows(IEnumerable<string> kinds) => kinds.Any(Allowed.Contains);

    internal static async Task<MessageSenders> FindAsync(DbContext db, DefinitionCatalog catalog, string name, string correlationKey, CancellationToken ct)
    {
        var rows = db.Set<ProcessDefinitionRow>().AsNoTracking();
        var latest = await rows.Where(d => !rows.Any(o => o.Key == d.Key && o.Version > d.Version)).Select(d => d.Id).ToListAsync(ct);
        var waiting = await (
            from s in db.Set<MessageSubscriptionRow>().AsNoTracking()
            where s.MessageName == name && s.CorrelationKey == correlationKey
            join i in db.Set<ProcessInstanceRow>().AsNoTracking() on s.InstanceId equals i.Id
            select i.DefinitionId).Distinct().ToListAsync(ct);

        HashSet<string>? allowed = null;
        foreach (var id in latest)
        {
            Narrow(ref allowed, (await catalog.GetAsync(db, id, ct)).Definition, name, declaredOnly: true);
        }

        foreach (var id in waiting)
        {
            Narrow(ref allowed, (await catalog.GetAsync(db, id, ct)).Definition, name, declaredOnly: false);
        }

        return new MessageSenders(name, allowed ?? new HashSet<string>([Sender.System], StringComparer.Ordinal));
    }

    /// <summary>
    /// Keeps the kinds this definition allows too. A waiting instance's version always counts: when its message has an
    /// expression for a name (nothing to match), it allows the system only.
    /// </summary>
    private static void Narrow(ref HashSet<string>? allowed, Model.BpmnDefinition definition, string name, bool declaredOnly)
    {
        var declarations = definition.Messages.Values.Where(m => m.Name == name).ToList();
        if (declarations.Count == 0 && declaredOnly)
        {
            return;
        }

        IEnumerable<string> kinds = declarations.Count == 0 ? [Sender.System] : declarations.SelectMany(m => m.Senders ?? [Sender.System]);
        allowed ??= new HashSet<string>(kinds, StringComparer.Ordinal);
        allowed.IntersectWith(kinds);
    }
}
