using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Forms;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>The host's agency lists for the forms (<c>agencies</c>, <c>otherAgencies</c>), over the agencies these tests name.</summary>
internal sealed class TestFormOptions : IFormOptionSource
{
    public static readonly string[] Agencies = ["CA-TINH", "SO-GTVT", "SO-TNMT", "SO-XD", "UBND-NHANH", "UBND-TANPHONG", "UBND-TINH"];

    public Task<IReadOnlyList<FormOption>?> OptionsAsync(string valuesKey, IReadOnlyDictionary<string, FeelValue> variables, CancellationToken ct)
    {
        var lead = variables.TryGetValue("leadAgency", out var v) && v.Kind == FeelKind.String ? v.AsString() : null;
        IReadOnlyList<FormOption>? options = valuesKey switch
        {
            "agencies" => [.. Agencies.Select(a => new FormOption(a, a))],
            "otherAgencies" => [.. Agencies.Where(a => a != lead).Select(a => new FormOption(a, a))],
            _ => null,
        };
        return Task.FromResult(options);
    }
}
