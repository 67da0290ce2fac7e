using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LaiChau.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Categories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_categories");
        }
    }
}
