using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaiChau.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntakeDuplicateCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reports_CategoryCode_Lat",
                table: "reports");

            migrationBuilder.CreateIndex(
                name: "IX_reports_duplicate_candidates",
                table: "reports",
                columns: new[] { "CategoryCode", "Lat" },
                filter: "\"DuplicateOf\" IS NULL AND \"State\" <> 'Rejected' AND \"State\" <> 'Resolved' AND \"State\" <> 'Closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reports_duplicate_candidates",
                table: "reports");

            migrationBuilder.CreateIndex(
                name: "IX_reports_CategoryCode_Lat",
                table: "reports",
                columns: new[] { "CategoryCode", "Lat" });
        }
    }
}
