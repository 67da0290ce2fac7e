using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaiChau.Host.Data.Migrations.Postgres
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
                type: "character varying(16)",
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
