using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaiChau.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkflowEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementInstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementInstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Retries = table.Column<int>(type: "INTEGER", nullable: false),
                    RunAfter = table.Column<long>(type: "INTEGER", nullable: false),
                    Worker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Headers = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "journal",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "message_start_events",
                columns: table => new
                {
                    DefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MessageName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_message_start_events", x => new { x.DefinitionId, x.ElementId });
                });

            migrationBuilder.CreateTable(
                name: "message_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementInstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MessageName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CorrelationKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_message_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CorrelationKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Variables = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CorrelatedInstanceId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "process_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false),
                    DeployedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeployedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_process_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "process_instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    BusinessKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenIncidents = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParentElementInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    JournalSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_process_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "timers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ElementInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DefinitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ElementId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CandidateGroups = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CandidateUsers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueOrder = table.Column<long>(type: "INTEGER", nullable: false),
                    FollowUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FormKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_task_candidates",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    DueOrder = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_task_candidates", x => new { x.TaskId, x.Kind, x.Name });
                    table.ForeignKey(
                        name: "FK_user_task_candidates_user_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "user_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_InstanceId_State",
                table: "incidents",
                columns: new[] { "InstanceId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_State_CreatedAt",
                table: "incidents",
                columns: new[] { "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_jobs_ElementInstanceId",
                table: "jobs",
                column: "ElementInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_InstanceId",
                table: "jobs",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_Type_RunAfter",
                table: "jobs",
                columns: new[] { "Type", "RunAfter" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_InstanceId_Sequence",
                table: "journal",
                columns: new[] { "InstanceId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_message_start_events_DefinitionKey",
                table: "message_start_events",
                column: "DefinitionKey");

            migrationBuilder.CreateIndex(
                name: "IX_message_start_events_MessageName",
                table: "message_start_events",
                column: "MessageName");

            migrationBuilder.CreateIndex(
                name: "IX_message_subscriptions_InstanceId",
                table: "message_subscriptions",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_message_subscriptions_MessageName_CorrelationKey_CreatedAt",
                table: "message_subscriptions",
                columns: new[] { "MessageName", "CorrelationKey", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_ExpiresAt",
                table: "messages",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_messages_MessageId",
                table: "messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messages_Name_CorrelationKey_PublishedAt",
                table: "messages",
                columns: new[] { "Name", "CorrelationKey", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_process_definitions_Key_Hash",
                table: "process_definitions",
                columns: new[] { "Key", "Hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_process_definitions_Key_Version",
                table: "process_definitions",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_process_instances_BusinessKey_Id",
                table: "process_instances",
                columns: new[] { "BusinessKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_process_instances_DefinitionKey_State_Id",
                table: "process_instances",
                columns: new[] { "DefinitionKey", "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_process_instances_ParentInstanceId",
                table: "process_instances",
                column: "ParentInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_process_instances_State_Id",
                table: "process_instances",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_timers_DefinitionId",
                table: "timers",
                column: "DefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_timers_DueAt",
                table: "timers",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_timers_InstanceId",
                table: "timers",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_user_task_candidates_Kind_Name_IsOpen_DueOrder_TaskId",
                table: "user_task_candidates",
                columns: new[] { "Kind", "Name", "IsOpen", "DueOrder", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_user_tasks_Assignee_State_DueOrder_Id",
                table: "user_tasks",
                columns: new[] { "Assignee", "State", "DueOrder", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_user_tasks_InstanceId_Id",
                table: "user_tasks",
                columns: new[] { "InstanceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_user_tasks_State_DueOrder_Id",
                table: "user_tasks",
                columns: new[] { "State", "DueOrder", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incidents");

            migrationBuilder.DropTable(
                name: "jobs");

            migrationBuilder.DropTable(
                name: "journal");

            migrationBuilder.DropTable(
                name: "message_start_events");

            migrationBuilder.DropTable(
                name: "message_subscriptions");

            migrationBuilder.DropTable(
                name: "messages");

            migrationBuilder.DropTable(
                name: "process_definitions");

            migrationBuilder.DropTable(
                name: "process_instances");

            migrationBuilder.DropTable(
                name: "timers");

            migrationBuilder.DropTable(
                name: "user_task_candidates");

            migrationBuilder.DropTable(
                name: "user_tasks");
        }
    }
}
