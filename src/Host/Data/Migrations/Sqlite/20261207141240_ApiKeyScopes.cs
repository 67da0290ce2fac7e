using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LaiChau.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApiKeyScopes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SubmittedByKeyId",
                table: "reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JobTypes",
                table: "api_keys",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubmittedByKeyId",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "JobTypes",
                table: "api_keys");
        }
    }
}
