using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LaiChau.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "admin_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Geometry = table.Column<string>(type: "TEXT", nullable: true),
                    GeometryApproximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinLon = table.Column<double>(type: "REAL", nullable: true),
                    MinLat = table.Column<double>(type: "REAL", nullable: true),
                    MaxLon = table.Column<double>(type: "REAL", nullable: true),
                    MaxLat = table.Column<double>(type: "REAL", nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResolutionWorkingDays = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 5),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    JobTypes = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_exceptions",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_exceptions", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "document_counters",
                columns: table => new
                {
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last_number = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_counters", x => new { x.agency_code, x.year });
                });

            migrationBuilder.CreateTable(
                name: "form_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    DeployedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeployedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_form_definitions", x => x.Id);
                });

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
                name: "monthly_reports",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MailedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monthly_reports", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "notice_sms_receipts",
                columns: table => new
                {
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 65, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_sms_receipts", x => x.MessageId);
                });

            migrationBuilder.CreateTable(
                name: "notice_templates",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Sms = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_templates", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectProtected = table.Column<string>(type: "TEXT", nullable: false),
                    TextProtected = table.Column<string>(type: "TEXT", nullable: false),
                    SmsTextProtected = table.Column<string>(type: "TEXT", nullable: false),
                    PublicText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    LetterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notices", x => x.Id);
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
                    DeployedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                name: "report_alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_categories",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiredMedia = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RouteToAgencyCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_categories", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "report_letters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_letters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_media",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false, defaultValue: "report"),
                    PurgedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_media", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Lat = table.Column<double>(type: "REAL", nullable: true),
                    Lon = table.Column<double>(type: "REAL", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ChosenCommuneCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    LeadAgency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    UrgentReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    StateSecret = table.Column<bool>(type: "INTEGER", nullable: false),
                    Flags = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DuplicateOf = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DuplicateLink = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReporterNameProtected = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReporterPhoneProtected = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReporterEmailProtected = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContactConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Hidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    Overdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedByKeyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "spent_challenges",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spent_challenges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "staff_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "staff_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_users", x => x.Id);
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
                    RepetitionsLeft = table.Column<int>(type: "INTEGER", nullable: true),
                    Interval = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tracking_short_links",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReportCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tracking_short_links", x => x.Token);
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
                    FormDefinitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FormVersion = table.Column<int>(type: "INTEGER", nullable: true),
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
                name: "agency_members",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsFocalLeader = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agency_members", x => new { x.AgencyId, x.UserId });
                    table.ForeignKey(
                        name: "FK_agency_members_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notice_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IncidentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PartsAccepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notice_deliveries_notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staff_role_claims_staff_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "staff_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staff_user_claims_staff_users_UserId",
                        column: x => x.UserId,
                        principalTable: "staff_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_staff_user_logins_staff_users_UserId",
                        column: x => x.UserId,
                        principalTable: "staff_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_staff_user_roles_staff_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "staff_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_staff_user_roles_staff_users_UserId",
                        column: x => x.UserId,
                        principalTable: "staff_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_staff_user_tokens_staff_users_UserId",
                        column: x => x.UserId,
                        principalTable: "staff_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "notice_sms_parts",
                columns: table => new
                {
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Part = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 65, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_sms_parts", x => new { x.DeliveryId, x.Part });
                    table.ForeignKey(
                        name: "FK_notice_sms_parts_notice_deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "notice_deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "calendar_exceptions",
                columns: new[] { "Date", "ChangedBy", "Kind", "LegalReference", "Reason", "Version" },
                values: new object[,]
                {
                    { new DateOnly(2025, 1, 25), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 26), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 27), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 28), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 29), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 30), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 31), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 2, 1), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 2, 2), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 4, 7), "seed", "DayOff", "Bộ luật Lao động 2019, Điều 112", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", 1L },
                    { new DateOnly(2025, 4, 26), "seed", "WorkingDay", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Làm bù cho ngày nghỉ 02/05/2025", 1L },
                    { new DateOnly(2025, 4, 30), "seed", "DayOff", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", 1L },
                    { new DateOnly(2025, 5, 1), "seed", "DayOff", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", 1L },
                    { new DateOnly(2025, 5, 2), "seed", "DayOff", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", 1L },
                    { new DateOnly(2025, 5, 3), "seed", "DayOff", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", 1L },
                    { new DateOnly(2025, 5, 4), "seed", "DayOff", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", 1L },
                    { new DateOnly(2025, 8, 30), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ lễ Quốc khánh 2/9", 1L },
                    { new DateOnly(2025, 8, 31), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ lễ Quốc khánh 2/9", 1L },
                    { new DateOnly(2025, 9, 1), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ lễ Quốc khánh 2/9", 1L },
                    { new DateOnly(2025, 9, 2), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ lễ Quốc khánh 2/9", 1L },
                    { new DateOnly(2026, 1, 1), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Dương lịch (hoán đổi 02/01 với thứ Bảy 10/01)", 1L },
                    { new DateOnly(2026, 1, 2), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Dương lịch (hoán đổi 02/01 với thứ Bảy 10/01)", 1L },
                    { new DateOnly(2026, 1, 3), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Dương lịch (hoán đổi 02/01 với thứ Bảy 10/01)", 1L },
                    { new DateOnly(2026, 1, 4), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Dương lịch (hoán đổi 02/01 với thứ Bảy 10/01)", 1L },
                    { new DateOnly(2026, 1, 10), "seed", "WorkingDay", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Làm bù cho ngày nghỉ 02/01/2026", 1L },
                    { new DateOnly(2026, 2, 16), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Nguyên Đán Bính Ngọ", 1L },
                    { new DateOnly(2026, 2, 17), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Nguyên Đán Bính Ngọ", 1L },
                    { new DateOnly(2026, 2, 18), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Nguyên Đán Bính Ngọ", 1L },
                    { new DateOnly(2026, 2, 19), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Nguyên Đán Bính Ngọ", 1L },
                    { new DateOnly(2026, 2, 20), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Nguyên Đán Bính Ngọ", 1L },
                    { new DateOnly(2026, 4, 27), "seed", "DayOff", "Bộ luật Lao động 2019, Điều 112", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/04)", 1L },
                    { new DateOnly(2026, 4, 30), "seed", "DayOff", "Bộ luật Lao động 2019, Điều 112", "Nghỉ lễ 30/4 và 1/5", 1L },
                    { new DateOnly(2026, 5, 1), "seed", "DayOff", "Bộ luật Lao động 2019, Điều 112", "Nghỉ lễ 30/4 và 1/5", 1L }
                });

            migrationBuilder.InsertData(
                table: "report_categories",
                columns: new[] { "Code", "Active", "ChangedBy", "Description", "Group", "Name", "RequiredMedia", "RouteToAgencyCode", "Urgent", "Version" },
                values: new object[,]
                {
                    { "an-ninh", true, "seed", null, "An ninh trật tự", "Trộm cắp, cướp, mất an ninh trật tự", "None", null, true, 1L },
                    { "cap-thoat-nuoc", true, "seed", null, "Hạ tầng đô thị", "Cấp nước, thoát nước", "Photo", null, false, 1L },
                    { "chay-no", true, "seed", null, "Cháy nổ", "Cháy, nổ", "None", null, true, 1L },
                    { "den-chieu-sang", true, "seed", null, "Hạ tầng đô thị", "Đèn chiếu sáng công cộng hỏng", "Photo", null, false, 1L },
                    { "duong-hu-hong", true, "seed", null, "Giao thông", "Hư hỏng đường, cầu, cống", "Photo", null, false, 1L },
                    { "khac", true, "seed", null, "Khác", "Vấn đề khác", "None", null, false, 1L },
                    { "lan-chiem", true, "seed", null, "Trật tự đô thị", "Lấn chiếm lòng đường, vỉa hè", "Photo", null, false, 1L },
                    { "rac-thai", true, "seed", null, "Môi trường", "Rác thải, vệ sinh môi trường", "Photo", null, false, 1L },
                    { "sat-lo", true, "seed", null, "Thiên tai", "Sạt lở đất, lũ, lũ quét", "None", null, true, 1L },
                    { "tai-nan", true, "seed", null, "An toàn giao thông", "Tai nạn", "None", null, true, 1L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_admin_units_Code_ValidFrom",
                table: "admin_units",
                columns: new[] { "Code", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_admin_units_Level_ValidTo",
                table: "admin_units",
                columns: new[] { "Level", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_agencies_Code",
                table: "agencies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agency_members_UserId",
                table: "agency_members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_Hash",
                table: "api_keys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_form_definitions_FormId_Hash",
                table: "form_definitions",
                columns: new[] { "FormId", "Hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_form_definitions_FormId_Version",
                table: "form_definitions",
                columns: new[] { "FormId", "Version" },
                unique: true);

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
                name: "IX_notice_deliveries_NoticeId",
                table: "notice_deliveries",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_notice_deliveries_State_NextAttemptAt",
                table: "notice_deliveries",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notice_sms_parts_MessageId",
                table: "notice_sms_parts",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_notices_JobId",
                table: "notices",
                column: "JobId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notices_ReportCode_CreatedAt",
                table: "notices",
                columns: new[] { "ReportCode", "CreatedAt" });

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
                name: "IX_report_alerts_Agency_At",
                table: "report_alerts",
                columns: new[] { "Agency", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_report_alerts_JobId",
                table: "report_alerts",
                column: "JobId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_alerts_ReportCode",
                table: "report_alerts",
                column: "ReportCode");

            migrationBuilder.CreateIndex(
                name: "IX_report_audit_ReportCode_Id",
                table: "report_audit",
                columns: new[] { "ReportCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_report_letters_ReportCode_Kind",
                table: "report_letters",
                columns: new[] { "ReportCode", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_media_ReportCode_Position",
                table: "report_media",
                columns: new[] { "ReportCode", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_report_media_Sha256_PurgedAt",
                table: "report_media",
                columns: new[] { "Sha256", "PurgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reports_CategoryCode_ReceivedAt",
                table: "reports",
                columns: new[] { "CategoryCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reports_Code",
                table: "reports",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reports_duplicate_candidates",
                table: "reports",
                columns: new[] { "CategoryCode", "Lat" },
                filter: "\"DuplicateOf\" IS NULL AND \"State\" <> 'Rejected' AND \"State\" <> 'Resolved' AND \"State\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_reports_LeadAgency_State",
                table: "reports",
                columns: new[] { "LeadAgency", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_reports_ReceivedAt",
                table: "reports",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_spent_challenges_ExpiresAt",
                table: "spent_challenges",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_staff_role_claims_RoleId",
                table: "staff_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "staff_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_staff_user_claims_UserId",
                table: "staff_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_staff_user_logins_UserId",
                table: "staff_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_staff_user_roles_RoleId",
                table: "staff_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "staff_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "staff_users",
                column: "NormalizedUserName",
                unique: true);

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
                name: "IX_tracking_short_links_ReportCode",
                table: "tracking_short_links",
                column: "ReportCode",
                unique: true);

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
                name: "admin_units");

            migrationBuilder.DropTable(
                name: "agency_members");

            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "calendar_exceptions");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "document_counters");

            migrationBuilder.DropTable(
                name: "form_definitions");

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
                name: "monthly_reports");

            migrationBuilder.DropTable(
                name: "notice_sms_parts");

            migrationBuilder.DropTable(
                name: "notice_sms_receipts");

            migrationBuilder.DropTable(
                name: "notice_templates");

            migrationBuilder.DropTable(
                name: "process_definitions");

            migrationBuilder.DropTable(
                name: "process_instances");

            migrationBuilder.DropTable(
                name: "report_alerts");

            migrationBuilder.DropTable(
                name: "report_audit");

            migrationBuilder.DropTable(
                name: "report_categories");

            migrationBuilder.DropTable(
                name: "report_letters");

            migrationBuilder.DropTable(
                name: "report_media");

            migrationBuilder.DropTable(
                name: "reports");

            migrationBuilder.DropTable(
                name: "spent_challenges");

            migrationBuilder.DropTable(
                name: "staff_role_claims");

            migrationBuilder.DropTable(
                name: "staff_user_claims");

            migrationBuilder.DropTable(
                name: "staff_user_logins");

            migrationBuilder.DropTable(
                name: "staff_user_roles");

            migrationBuilder.DropTable(
                name: "staff_user_tokens");

            migrationBuilder.DropTable(
                name: "timers");

            migrationBuilder.DropTable(
                name: "tracking_short_links");

            migrationBuilder.DropTable(
                name: "user_task_candidates");

            migrationBuilder.DropTable(
                name: "agencies");

            migrationBuilder.DropTable(
                name: "notice_deliveries");

            migrationBuilder.DropTable(
                name: "staff_roles");

            migrationBuilder.DropTable(
                name: "staff_users");

            migrationBuilder.DropTable(
                name: "user_tasks");

            migrationBuilder.DropTable(
                name: "notices");
        }
    }
}
