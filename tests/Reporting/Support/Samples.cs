using LaiChau.Reporting.Letters;

namespace LaiChau.Reporting.Tests.Support;

internal static class Samples
{
    public static LetterHeader Header(DateOnly? date = null) =>
        new("UBND tỉnh Lai Châu", "Văn phòng", "Số: 12/UBND-VP", "Lai Châu", date ?? new DateOnly(2026, 2, 5));

    public static Signature Signature() => new(
        ["TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"],
        "Nguyễn Văn Bình",
        ["Như trên;", "Trung tâm Giám sát, điều hành đô thị thông minh;", "Lưu: VT, VP."]);

    public static ResultLetter ResultLetter(bool confidential = false, string? result = null) => new(
        Header(),
        "PA-2026-000123",
        new DateOnly(2026, 1, 28),
        "Bản Thẳm, xã Sơn Bình, huyện Tam Đường",
        "Đường bê tông liên bản bị sạt lở, nước ngập sâu gây nguy hiểm cho người đi đường.",
        "Cán bộ địa chính xã đã kiểm tra thực địa ngày 30/01/2026: cầu sắt bị gãy, mặt đường trơn trượt, những hộ dân ven suối phải đi đường vòng; phản ánh về sự việc là đúng.",
        result ?? "Ủy ban nhân dân xã đã huy động lực lượng khắc phục, đắp đất, đặt biển cảnh báo; đường đã thông xe.",
        ["anh-hien-truong.jpg", "bien-ban-kiem-tra.pdf"],
        Signature(),
        confidential,
        new Uri("https://phananh.laichau.gov.vn/t/PA-2026-000123"));

    public static RejectionNotice RejectionNotice() => new(
        Header(new DateOnly(2026, 12, 15)),
        "PA-2026-000456",
        new DateOnly(2026, 12, 14),
        "Đề nghị giải thích quy định về thuế đất ở.",
        "Nội dung là câu hỏi pháp luật, không phải phản ánh về hiện trường (R7.2).",
        ["Mô tả rõ vụ việc cụ thể đang xảy ra, thời gian và địa điểm;", "Đính kèm ảnh hoặc video hiện trường;",
         "Gửi câu hỏi pháp luật qua cổng dịch vụ công của tỉnh."],
        Signature());
}
