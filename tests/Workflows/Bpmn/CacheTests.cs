using LaiChau.Workflows.Bpmn;
using static LaiChau.Workflows.Tests.Bpmn.TestBpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

public sealed class CacheTests
{
    private static string File(int i) => Around($"<bpmn:task id=\"n\" name=\"Bước {i}\" />");

    [Fact]
    public void GetOrRead_OfSameContent_ReturnsTheSameDefinition()
    {
        var cache = new BpmnDefinitionCache();

        var first = cache.GetOrRead(File(1)).Definition;
        var second = cache.GetOrRead(new string(File(1).AsSpan())).Definition;

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void GetOrRead_BeyondCapacity_DropsTheLeastRecentlyUsed()
    {
        var cache = new BpmnDefinitionCache(capacity: 2);
        var one = cache.GetOrRead(File(1)).Definition;
        cache.GetOrRead(File(2));
        cache.GetOrRead(File(1));
        cache.GetOrRead(File(3));

        Assert.Equal(2, cache.Count);
        Assert.Same(one, cache.GetOrRead(File(1)).Definition);
    }

    [Fact]
    public void GetOrRead_OfInvalidFile_ReturnsErrorsAndCachesNothing()
    {
        var cache = new BpmnDefinitionCache();

        var result = cache.GetOrRead("<not-bpmn/>");

        Assert.False(result.IsSuccess);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task GetOrRead_FromManyThreads_StaysBoundedAndConsistent()
    {
        var cache = new BpmnDefinitionCache(capacity: 8);

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => cache.GetOrRead(File(i % 20)))));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.InRange(cache.Count, 1, 8);
    }
}
