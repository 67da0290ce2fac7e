using LaiChau.Testing;
using LaiChau.Workflows.Bpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>House rule: our BPMN vocabulary is spelled in one class (shared/docs/conventions.md).</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void Source_SpellsNamespacesAndZeebeNamesOnlyInTheVocabulary()
    {
        var folders = new[] { "Bpmn", "Model" }.Select(f => Path.Combine(RepositoryPaths.Root, "src", "Workflows", f));
        string[] spellings = ["http://", "camunda.org", "\"zeebe:", "\"bpmn:", "$\"zeebe:"];

        var offenders = folders
            .SelectMany(f => Directory.EnumerateFiles(f, "*.cs"))
            .Where(f => Path.GetFileName(f) != $"{nameof(ZeebeVocabulary)}.cs")
            .Where(f => spellings.Any(s => File.ReadAllText(f).Contains(s, StringComparison.Ordinal)))
            .Select(Path.GetFileName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Vocabulary_NamesTheWorkingDayCalendarProperty() =>
        Assert.Equal(("calendar", "working-days"), (ZeebeVocabulary.Property.Calendar, ZeebeVocabulary.Property.WorkingDays));
}
