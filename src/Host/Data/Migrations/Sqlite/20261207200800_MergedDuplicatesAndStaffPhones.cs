using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaiChau.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MergedDuplicatesAndStaffPhones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notices_JobId",
                table: "notices");

            migrationBuilder.AddColumn<string>(
                name: "PhoneProtected",
                table: "staff_users",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EarlierResultOf",
                table: "reports",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StaffRecipientId",
                table: "notices",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_notices_JobId_ReportCode_StaffRecipientId",
                table: "notices",
                columns: new[] { "JobId", "ReportCode", "StaffRecipientId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notices_JobId_ReportCode_StaffRecipientId",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "PhoneProtected",
                table: "staff_users");

            migrationBuilder.DropColumn(
                name: "EarlierResultOf",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "StaffRecipientId",
                table: "notices");

            migrationBuilder.CreateIndex(
                name: "IX_notices_JobId",
                table: "notices",
                column: "JobId",
                unique: true);
        }
    }
}
