using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaiChau.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CitizenActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "report_media",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "report");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "report_media");
        }
    }
}
