using LaiChau.Host.Reports.Data;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Time;

namespace LaiChau.Host.Reports.Submit;

/// <summary>
/// The start variables of the field-report process (docs/field-report-process.md). Never personal data (R5.5):
/// handlers read the reporter's contact from the encrypted row.
/// </summary>
public static class ReportProcessVariables
{
    public static IReadOnlyDictionary<string, FeelValue> Start(ReportRow report, string categoryName, IReadOnlyList<string> flags) =>
        new Dictionary<string, FeelValue>(StringComparer.Ordinal)
        {
            ["reportCode"] = FeelValue.String(report.Code),
            ["category"] = FeelValue.String(report.CategoryCode),
            ["categoryName"] = FeelValue.String(categoryName),
            ["urgent"] = FeelValue.Boolean(report.Urgent),
            ["leadAgency"] = FeelValue.String(report.LeadAgency),
            ["receivedAt"] = FeelValue.String(VietnamTime.Iso(report.ReceivedAt)),
            ["confidential"] = FeelValue.Boolean(report.Confidential),
            ["flags"] = FeelValue.List(flags.Select(FeelValue.String)),
            ["duplicateOf"] = FeelValue.String(report.DuplicateOf),
        };
}
