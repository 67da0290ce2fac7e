using LaiChau.Host.Web.Localization;
using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Web.Staff;

/// <summary>
/// The forms of the field-report process's user tasks (docs/field-report-process.md): the posted fields checked with
/// Vietnamese messages per field, then turned into the completion variables the definition expects.
/// </summary>
public static class TaskForms
{
    public const int MaxText = 4000;

    public static readonly string[] Known = ["verify", "coordinate", "direct", "record-result", "approve-result", "clarify", "assign-agency"];

    /// <summary>The variables, or null with <paramref name="errors"/> filled (field name → message).</summary>
    public static IReadOnlyDictionary<string, FeelValue>? Read(string elementId, IFormCollection form, Dictionary<string, string> errors, UiText t)
    {
        var v = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        string? Text(string field, string message, bool required = true)
        {
            var value = form[field].ToString().Trim();
            if (value.Length == 0)
            {
                if (required)
                {
                    errors[field] = message;
                }

                return null;
            }

            if (value.Length > MaxText)
            {
                errors[field] = t["Nội dung quá dài (tối đa {0} ký tự).", MaxText];
                return null;
            }

            return value;
        }

        switch (elementId)
        {
            case "verify":
                var outcome = form["outcome"].ToString();
                switch (outcome)
                {
                    case "accept":
                        break;
                    case "reject":
                        v["reason"] = FeelValue.String(Text("reason", t["Nhập lý do từ chối."]));
                        v["guidance"] = FeelValue.String(Text("guidance", t["Nhập hướng dẫn cho người phản ánh."]));
                        break;
                    case "transfer":
                        v["targetAgency"] = FeelValue.String(Text("targetAgency", t["Chọn cơ quan nhận chuyển."]));
                        v["reason"] = FeelValue.String(Text("reason", t["Nhập lý do chuyển."]));
                        break;
                    case "coordinate":
                        var agencies = form["coordinatingAgencies"].ToString()
                            .Split([',', ';', '\n', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
                        if (agencies.Count == 0)
                        {
                            errors["coordinatingAgencies"] = t["Nhập ít nhất một cơ quan phối hợp."];
                        }

                        v["coordinatingAgencies"] = FeelValue.List([.. agencies.Select(FeelValue.String)]);
                        break;
                    default:
                        errors["outcome"] = t["Chọn kết quả xác minh."];
                        break;
                }

                v["outcome"] = FeelValue.String(outcome);
                break;
            case "coordinate":
                if (form["status"].ToString() == "delayed")
                {
                    v["status"] = FeelValue.String("delayed");
                    if (DateOnly.TryParseExact(form["expectedDate"].ToString(), "yyyy-MM-dd", out var date))
                    {
                        v["expectedDate"] = FeelValue.Date(date);
                    }
                    else
                    {
                        errors["expectedDate"] = t["Chọn ngày dự kiến có ý kiến."];
                    }
                }
                else
                {
                    v["opinion"] = FeelValue.String(Text("opinion", t["Nhập ý kiến phối hợp."]));
                }

                break;
            case "direct":
                v["instructions"] = FeelValue.String(Text("instructions", t["Nhập nội dung chỉ đạo."]));
                break;
            case "record-result":
                v["result"] = FeelValue.String(Text("result", t["Nhập kết quả xử lý."]));
                v["attachments"] = FeelValue.List([]);
                break;
            case "approve-result":
                var approved = form["approved"].ToString();
                if (approved is not ("true" or "false"))
                {
                    errors["approved"] = t["Chọn duyệt hoặc trả lại."];
                }

                v["approved"] = FeelValue.Boolean(approved == "true");
                v["comment"] = FeelValue.String(Text("comment", t["Nhập lý do trả lại."], required: approved == "false"));
                break;
            case "clarify":
                v["answer"] = FeelValue.String(Text("answer", t["Nhập nội dung giải trình."]));
                break;
            case "assign-agency":
                v["agency"] = FeelValue.String(Text("agency", t["Chọn cơ quan xử lý."]));
                break;
            default:
                errors["form"] = t["Công việc này chưa có biểu mẫu trên trang."];
                break;
        }

        return errors.Count > 0 ? null : v;
    }
}
