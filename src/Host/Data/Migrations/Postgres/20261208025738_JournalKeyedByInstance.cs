using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LaiChau.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JournalKeyedByInstance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_journal",
                table: "journal");

            migrationBuilder.DropIndex(
                name: "IX_journal_InstanceId_Sequence",
                table: "journal");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "journal");

            migrationBuilder.AddPrimaryKey(
                name: "PK_journal",
                table: "journal",
                columns: new[] { "InstanceId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_journal",
                table: "journal");

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "journal",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddPrimaryKey(
                name: "PK_journal",
                table: "journal",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_journal_InstanceId_Sequence",
                table: "journal",
                columns: new[] { "InstanceId", "Sequence" },
                unique: true);
        }
    }
}
