using System.Text.RegularExpressions;
using LaiChau.Testing;
using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Tests.Bpmn;

public sealed partial class CatalogueTests
{
    [Fact]
    public void Catalogue_CodesAreUniqueAndWellFormed()
    {
        var codes = BpmnErrors.All.Select(e => e.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches(CodeShape(), c));
    }

    [Fact]
    public void Catalogue_EveryTemplateFormatsInBothLanguages()
    {
        foreach (var template in BpmnErrors.All)
        {
            var diagnostic = template.At("id", new SourcePosition(1, 2), "a", "b", "c");

            Assert.DoesNotContain("{", diagnostic.MessageVi, StringComparison.Ordinal);
            Assert.DoesNotContain("{", diagnostic.MessageEn, StringComparison.Ordinal);
            // Vietnamese with its diacritics, not ASCII stripped of them.
            Assert.Contains(diagnostic.MessageVi, c => c > '\u007F');
        }
    }

    [Fact]
    public void Catalogue_EveryStaticTemplateIsListed()
    {
        var declared = typeof(BpmnErrors).GetFields().Where(f => f.FieldType == typeof(BpmnErrorTemplate)).Select(f => f.GetValue(null));

        Assert.Equal(declared.Count(), BpmnErrors.All.Count);
        Assert.All(declared, t => Assert.Contains(t, BpmnErrors.All));
    }

    [Fact]
    public void Doc_ListsEveryCodeWithBothMessages()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "bpmn-subset.md"));

        Assert.All(BpmnErrors.All, t =>
        {
            Assert.Contains($"`{t.Code}`", doc, StringComparison.Ordinal);
            Assert.Contains(t.Vi, doc, StringComparison.Ordinal);
            Assert.Contains(t.En, doc, StringComparison.Ordinal);
        });
        Assert.Contains("BPMN MIWG test suite", doc, StringComparison.Ordinal);
    }

    [GeneratedRegex("^BPMN-[A-Z]+-\\d{3}$")]
    private static partial Regex CodeShape();
}
