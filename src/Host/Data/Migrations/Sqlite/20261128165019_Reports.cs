using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaiChau.Host.Data.Migrations.Sqlite
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
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
