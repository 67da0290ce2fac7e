namespace LaiChau.Host.Web.Centre;

/// <summary>A report state in Vietnamese (the key of <c>T[…]</c>).</summary>
public static class StateNames
{
    public static string Of(string state) => state switch
    {
        "Received" => "Đã tiếp nhận",
        "InProgress" => "Đang xử lý",
        "Coordinating" => "Đang phối hợp",
        "Transferred" => "Đã chuyển",
        "Escalated" => "Đã chuyển cấp trên",
        "Rejected" => "Từ chối",
        "Resolved" => "Đã giải quyết",
        "Closed" => "Đã đóng",
        _ => state,
    };
}
