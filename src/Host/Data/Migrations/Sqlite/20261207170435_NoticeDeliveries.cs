using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaiChau.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NoticeDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Sms",
                table: "notice_templates",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

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
                name: "IX_tracking_short_links_ReportCode",
                table: "tracking_short_links",
                column: "ReportCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notice_sms_parts");

            migrationBuilder.DropTable(
                name: "notice_sms_receipts");

            migrationBuilder.DropTable(
                name: "tracking_short_links");

            migrationBuilder.DropTable(
                name: "notice_deliveries");

            migrationBuilder.DropTable(
                name: "notices");

            migrationBuilder.DropColumn(
                name: "Sms",
                table: "notice_templates");
        }
    }
}
