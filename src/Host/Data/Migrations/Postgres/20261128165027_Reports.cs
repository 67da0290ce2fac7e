using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LaiChau.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Agency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    JobId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Lat = table.Column<double>(type: "double precision", nullable: true),
                    Lon = table.Column<double>(type: "double precision", nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CommuneCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ChosenCommuneCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    LeadAgency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StatusNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    UrgentReason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Confidential = table.Column<bool>(type: "boolean", nullable: false),
                    StateSecret = table.Column<bool>(type: "boolean", nullable: false),
                    Flags = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    DuplicateOf = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    DuplicateLink = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReporterNameProtected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReporterPhoneProtected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReporterEmailProtected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ContactConsent = table.Column<bool>(type: "boolean", nullable: false),
                    Hidden = table.Column<bool>(type: "boolean", nullable: false),
                    Overdue = table.Column<bool>(type: "boolean", nullable: false),
                    Result = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Rating = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Channel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reports", x => x.Id);
                });

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
                name: "IX_reports_CategoryCode_ReceivedAt",
                table: "reports",
                columns: new[] { "CategoryCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reports_Code",
                table: "reports",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reports_LeadAgency_State",
                table: "reports",
                columns: new[] { "LeadAgency", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_reports_ReceivedAt",
                table: "reports",
                column: "ReceivedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_alerts");

            migrationBuilder.DropTable(
                name: "report_audit");

            migrationBuilder.DropTable(
                name: "reports");
        }
    }
}
