using BenchmarkDotNet.Running;
using LaiChau.Benchmarks;

// Runs in-process (no generated project), with medians and allocations in the summary; pick benchmarks with --filter.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());

/// <summary>Entry point of the benchmark runner.</summary>
public partial class Program;
