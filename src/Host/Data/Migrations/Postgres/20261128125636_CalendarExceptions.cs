using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LaiChau.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CalendarExceptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_exceptions",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LegalReference = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_exceptions", x => x.Date);
                });

            migrationBuilder.InsertData(
                table: "calendar_exceptions",
                columns: new[] { "Date", "ChangedBy", "Kind", "LegalReference", "Reason", "Version" },
                values: new object[,]
                {
                    { new DateOnly(2025, 1, 25), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 26), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 27), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 28), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 29), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 30), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 1, 31), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 2, 1), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 2, 2), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ Tết Nguyên Đán Ất Tỵ", 1L },
                    { new DateOnly(2025, 4, 7), "seed", "DayOff", "Bộ luật Lao động 2019, Điều 112", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", 1L },
                    { new DateOnly(2025, 4, 26), "seed", "WorkingDay", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Làm bù cho ngày nghỉ 02/05/2025", 1L },
                    { new DateOnly(2025, 4, 30), "seed", "DayOff", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", 1L },
                    { new DateOnly(2025, 5, 1), "seed", "DayOff", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", 1L },
                    { new DateOnly(2025, 5, 2), "seed", "DayOff", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", 1L },
                    { new DateOnly(2025, 5, 3), "seed", "DayOff", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", 1L },
                    { new DateOnly(2025, 5, 4), "seed", "DayOff", "Phương án hoán đổi ngày làm việc dịp 30/4–1/5/2025 được Thủ tướng đồng ý (số hiệu cần kiểm tra)", "Nghỉ lễ 30/4 và 1/5 (hoán đổi 02/05 với thứ Bảy 26/04)", 1L },
                    { new DateOnly(2025, 8, 30), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ lễ Quốc khánh 2/9", 1L },
                    { new DateOnly(2025, 8, 31), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ lễ Quốc khánh 2/9", 1L },
                    { new DateOnly(2025, 9, 1), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ lễ Quốc khánh 2/9", 1L },
                    { new DateOnly(2025, 9, 2), "seed", "DayOff", "Thông báo 6150/TB-LĐTBXH ngày 08/11/2024 (Tết Âm lịch và Quốc khánh 2025)", "Nghỉ lễ Quốc khánh 2/9", 1L },
                    { new DateOnly(2026, 1, 1), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Dương lịch (hoán đổi 02/01 với thứ Bảy 10/01)", 1L },
                    { new DateOnly(2026, 1, 2), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Dương lịch (hoán đổi 02/01 với thứ Bảy 10/01)", 1L },
                    { new DateOnly(2026, 1, 3), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Dương lịch (hoán đổi 02/01 với thứ Bảy 10/01)", 1L },
                    { new DateOnly(2026, 1, 4), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Dương lịch (hoán đổi 02/01 với thứ Bảy 10/01)", 1L },
                    { new DateOnly(2026, 1, 10), "seed", "WorkingDay", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Làm bù cho ngày nghỉ 02/01/2026", 1L },
                    { new DateOnly(2026, 2, 16), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Nguyên Đán Bính Ngọ", 1L },
                    { new DateOnly(2026, 2, 17), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Nguyên Đán Bính Ngọ", 1L },
                    { new DateOnly(2026, 2, 18), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Nguyên Đán Bính Ngọ", 1L },
                    { new DateOnly(2026, 2, 19), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Nguyên Đán Bính Ngọ", 1L },
                    { new DateOnly(2026, 2, 20), "seed", "DayOff", "Thông báo của Bộ Nội vụ về lịch nghỉ Tết Dương lịch và Tết Âm lịch 2026 (số hiệu cần kiểm tra)", "Nghỉ Tết Nguyên Đán Bính Ngọ", 1L },
                    { new DateOnly(2026, 4, 27), "seed", "DayOff", "Bộ luật Lao động 2019, Điều 112", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/04)", 1L },
                    { new DateOnly(2026, 4, 30), "seed", "DayOff", "Bộ luật Lao động 2019, Điều 112", "Nghỉ lễ 30/4 và 1/5", 1L },
                    { new DateOnly(2026, 5, 1), "seed", "DayOff", "Bộ luật Lao động 2019, Điều 112", "Nghỉ lễ 30/4 và 1/5", 1L }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_exceptions");
        }
    }
}
