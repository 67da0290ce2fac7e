using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// The engine's tables (ADR 6 point 1), added to the host's DbContext so that engine rows and the host's own rows
/// share one transaction ("save a report and start its process" is atomic).
/// </summary>
public static class WorkflowsModel
{
    private const int KeyLength = 200;
    private const int NameLength = 500;

    public static ModelBuilder ApplyWorkflowsModel(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Definitions(modelBuilder.Entity<ProcessDefinitionRow>());
        Forms(modelBuilder.Entity<FormDefinitionRow>());
        Instances(modelBuilder.Entity<ProcessInstanceRow>());
        Jobs(modelBuilder.Entity<JobRow>());
        UserTasks(modelBuilder.Entity<UserTaskRow>());
        Candidates(modelBuilder.Entity<UserTaskCandidateRow>());
        Timers(modelBuilder.Entity<TimerRow>());
        Subscriptions(modelBuilder.Entity<MessageSubscriptionRow>());
        Messages(modelBuilder.Entity<MessageRow>());
        MessageStarts(modelBuilder.Entity<MessageStartRow>());
        Incidents(modelBuilder.Entity<IncidentRow>());
        Journal(modelBuilder.Entity<JournalRow>());
        return modelBuilder;
    }

    private static void Definitions(EntityTypeBuilder<ProcessDefinitionRow> b)
    {
        b.ToTable("process_definitions");
        b.HasKey(d => d.Id);
        b.Property(d => d.Key).HasMaxLength(KeyLength);
        b.Property(d => d.Name).HasMaxLength(NameLength);
        b.Property(d => d.Hash).HasMaxLength(64);
        b.Property(d => d.DeployedBy).HasMaxLength(KeyLength);
        b.Property(d => d.ChangeNote).HasMaxLength(ProcessDefinitionRow.ChangeNoteMaxLength);
        b.HasIndex(d => new { d.Key, d.Version }).IsUnique();
        b.HasIndex(d => new { d.Key, d.Hash }).IsUnique();
    }

    private static void Forms(EntityTypeBuilder<FormDefinitionRow> b)
    {
        b.ToTable("form_definitions");
        b.HasKey(f => f.Id);
        b.Property(f => f.FormId).HasMaxLength(KeyLength);
        b.Property(f => f.Hash).HasMaxLength(64);
        b.Property(f => f.DeployedBy).HasMaxLength(KeyLength);
        b.Property(f => f.ChangeNote).HasMaxLength(ProcessDefinitionRow.ChangeNoteMaxLength);
        b.HasIndex(f => new { f.FormId, f.Version }).IsUnique();
        b.HasIndex(f => new { f.FormId, f.Hash }).IsUnique();
    }

    private static void Instances(EntityTypeBuilder<ProcessInstanceRow> b)
    {
        b.ToTable("process_instances");
        b.HasKey(i => i.Id);
        b.Property(i => i.DefinitionKey).HasMaxLength(KeyLength);
        b.Property(i => i.BusinessKey).HasMaxLength(KeyLength);
        b.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(i => new { i.BusinessKey, i.Id });
        b.HasIndex(i => new { i.DefinitionKey, i.State, i.Id });
        b.HasIndex(i => new { i.State, i.Id });
        b.HasIndex(i => i.ParentInstanceId);
    }

    private static void Jobs(EntityTypeBuilder<JobRow> b)
    {
        b.ToTable("jobs");
        b.HasKey(j => j.Id);
        b.Property(j => j.ElementId).HasMaxLength(KeyLength);
        b.Property(j => j.Type).HasMaxLength(KeyLength);
        b.Property(j => j.Worker).HasMaxLength(KeyLength);
        b.Property(j => j.LastError).HasMaxLength(4000);
        // Fetch-and-lock reads (type, run after) then checks the lease.
        b.HasIndex(j => new { j.Type, j.RunAfter });
        b.HasIndex(j => j.ElementInstanceId);
        b.HasIndex(j => j.InstanceId);
    }

    private static void UserTasks(EntityTypeBuilder<UserTaskRow> b)
    {
        b.ToTable("user_tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.DefinitionKey).HasMaxLength(KeyLength);
        b.Property(t => t.ElementId).HasMaxLength(KeyLength);
        b.Property(t => t.Name).HasMaxLength(NameLength);
        b.Property(t => t.Assignee).HasMaxLength(KeyLength);
        b.Property(t => t.CandidateGroups).HasMaxLength(4000);
        b.Property(t => t.CandidateUsers).HasMaxLength(4000);
        b.Property(t => t.FormKey).HasMaxLength(NameLength);
        b.Property(t => t.CompletedBy).HasMaxLength(KeyLength);
        b.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(t => new { t.InstanceId, t.Id });
        b.HasIndex(t => new { t.Assignee, t.State, t.DueOrder, t.Id });
        b.HasIndex(t => new { t.State, t.DueOrder, t.Id });
    }

    private static void Candidates(EntityTypeBuilder<UserTaskCandidateRow> b)
    {
        b.ToTable("user_task_candidates");
        b.HasKey(c => new { c.TaskId, c.Kind, c.Name });
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(8);
        b.Property(c => c.Name).HasMaxLength(KeyLength);
        // The inbox: open tasks of one group, by due date, keyset-paged on (due, id).
        b.HasIndex(c => new { c.Kind, c.Name, c.IsOpen, c.DueOrder, c.TaskId });
        b.HasOne<UserTaskRow>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void Timers(EntityTypeBuilder<TimerRow> b)
    {
        b.ToTable("timers");
        b.HasKey(t => t.Id);
        b.Property(t => t.ElementId).HasMaxLength(KeyLength);
        b.Property(t => t.Interval).HasMaxLength(100);
        b.HasIndex(t => t.DueAt);
        b.HasIndex(t => t.InstanceId);
        b.HasIndex(t => t.DefinitionId);
    }

    private static void Subscriptions(EntityTypeBuilder<MessageSubscriptionRow> b)
    {
        b.ToTable("message_subscriptions");
        b.HasKey(s => s.Id);
        b.Property(s => s.ElementId).HasMaxLength(KeyLength);
        b.Property(s => s.MessageName).HasMaxLength(KeyLength);
        b.Property(s => s.CorrelationKey).HasMaxLength(KeyLength);
        b.HasIndex(s => new { s.MessageName, s.CorrelationKey, s.CreatedAt });
        b.HasIndex(s => s.InstanceId);
    }

    private static void Messages(EntityTypeBuilder<MessageRow> b)
    {
        b.ToTable("messages");
        b.HasKey(m => m.Id);
        b.Property(m => m.MessageId).HasMaxLength(KeyLength);
        b.Property(m => m.Name).HasMaxLength(KeyLength);
        b.Property(m => m.CorrelationKey).HasMaxLength(KeyLength);
        b.HasIndex(m => m.MessageId).IsUnique();
        b.HasIndex(m => new { m.Name, m.CorrelationKey, m.PublishedAt });
        b.HasIndex(m => m.ExpiresAt);
    }

    private static void MessageStarts(EntityTypeBuilder<MessageStartRow> b)
    {
        b.ToTable("message_start_events");
        b.HasKey(m => new { m.DefinitionId, m.ElementId });
        b.Property(m => m.DefinitionKey).HasMaxLength(KeyLength);
        b.Property(m => m.ElementId).HasMaxLength(KeyLength);
        b.Property(m => m.MessageName).HasMaxLength(KeyLength);
        b.HasIndex(m => m.MessageName);
        b.HasIndex(m => m.DefinitionKey);
    }

    private static void Incidents(EntityTypeBuilder<IncidentRow> b)
    {
        b.ToTable("incidents");
        b.HasKey(i => i.Id);
        b.Property(i => i.ElementId).HasMaxLength(KeyLength);
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Message).HasMaxLength(4000);
        b.HasIndex(i => new { i.State, i.CreatedAt });
        b.HasIndex(i => new { i.InstanceId, i.State });
    }

    private static void Journal(EntityTypeBuilder<JournalRow> b)
    {
        b.ToTable("journal");
        b.HasKey(j => new { j.InstanceId, j.Sequence });
        b.Property(j => j.Type).HasMaxLength(64);
    }
}
