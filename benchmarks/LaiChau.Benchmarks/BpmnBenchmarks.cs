using BenchmarkDotNet.Attributes;
using LaiChau.Workflows.Bpmn;

namespace LaiChau.Benchmarks;

/// <summary>
/// Issue 3: parse and validate a definition as a deploy does. B.2.0 (139 KB, 48 findings) is the largest reference
/// model; C.9.2 is the largest valid Camunda 8 model. The regulation's own definition arrives with issue 6.
/// </summary>
[MemoryDiagnoser]
public class BpmnBenchmarks
{
    private string _xml = null!;

    [Params("B.2.0", "C.9.2")]
    public string Model { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _xml = SharedFiles.Read($"conformance/bpmn-miwg/{Model}.bpmn");

    [Benchmark]
    public BpmnDeployCheck ParseAndValidate() => BpmnValidator.Validate(_xml, FeelExpressionSyntax.BuiltIn);
}
