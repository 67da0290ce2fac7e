using System.Text;
using System.Text.RegularExpressions;
using LaiChau.Testing;
using LaiChau.Workflows.Bpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>
/// Mutated reference files (fixed seed, so a failure reproduces): reading and validating never throw and never hang.
/// Runaway work is bounded by what a case allocates, not by wall-clock time (which moves with the machine's load).
/// </summary>
public sealed partial class FuzzTests
{
    private const int Seed = 20261128;
    private const int Cases = 3_200;

    // A blow-up (entity expansion, a quadratic pass, a loop that never ends) allocates far beyond this; the fixed
    // seed's largest case allocates about 10 MB (reference files up to ~100 KB, read and validated).
    private const long PerCaseBytes = 64L << 20;

    [Fact]
    public void ReadAndValidate_OfMutatedReferenceFiles_NeverThrowNorHang()
    {
        var random = new Random(Seed);
        var sources = Conformance.AllFiles().Select(Conformance.Read).ToArray();
        var refused = 0;
        var largest = 0L;
        for (var i = 0; i < Cases; i++)
        {
            var source = sources[random.Next(sources.Length)];
            var mutant = Mutate(source, random);
            var flipped = i % 4 == 0;
            var ((read, check), bytes) = AllocationBudget.Measure(() => (
                flipped ? ReadFlippedBytes(mutant, random) : BpmnReader.Read(mutant),
                BpmnValidator.Validate(mutant, TestExpressionSyntax.Instance, BpmnValidationMode.Model)));

            largest = Math.Max(largest, bytes);
            Assert.True(bytes < PerCaseBytes, $"case {i} allocated {bytes:N0} bytes for {mutant.Length:N0} characters");
            Assert.Equal(read.IsSuccess, read.Definition is not null);
            Assert.All(read.Errors.Concat(check.Errors), e => Assert.StartsWith("BPMN-", e.Code, StringComparison.Ordinal));
            Assert.Equal(check.IsValid, check.Definition is not null);
            refused += check.IsValid ? 0 : 1;
        }

        Console.WriteLine($"BPMN fuzz: largest case allocated {largest:N0} bytes");

        // Most mutants must be refused, or the mutations did not reach the parser.
        Assert.InRange(refused, Cases / 2, Cases);
    }

    private static string Mutate(string xml, Random random) => random.Next(5) switch
    {
        0 => xml[..random.Next(xml.Length)],
        1 => FlipCharacters(xml, random),
        2 => EditLines(xml, random, duplicate: false),
        3 => EditLines(xml, random, duplicate: true),
        _ => SwapAttributeValues(xml, random),
    };

    // Every fourth case goes through the stream overload with a few bytes flipped (invalid UTF-8 included).
    private static BpmnReadResult ReadFlippedBytes(string xml, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        if (bytes.Length > 0)
        {
            for (var flips = 1 + random.Next(4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }
        }

        using var stream = new MemoryStream(bytes);
        return BpmnReader.Read(stream);
    }

    private static string FlipCharacters(string xml, Random random)
    {
        var chars = xml.ToCharArray();
        var flips = 1 + random.Next(8);
        for (var i = 0; i < flips; i++)
        {
            chars[random.Next(chars.Length)] = (char)random.Next(0, 0x2FF);
        }

        return new string(chars);
    }

    private static string EditLines(string xml, Random random, bool duplicate)
    {
        var lines = xml.Split('\n').ToList();
        var edits = 1 + random.Next(4);
        for (var i = 0; i < edits && lines.Count > 1; i++)
        {
            var at = random.Next(lines.Count);
            if (duplicate)
            {
                lines.Insert(random.Next(lines.Count), lines[at]);
            }
            else
            {
                lines.RemoveAt(at);
            }
        }

        return string.Join('\n', lines);
    }

    private static string SwapAttributeValues(string xml, Random random)
    {
        var values = AttributeValue().Matches(xml);
        if (values.Count < 2)
        {
            return xml;
        }

        var a = values[random.Next(values.Count)];
        var b = values[random.Next(values.Count)];
        if (a.Index > b.Index)
        {
            (a, b) = (b, a);
        }

        if (a.Index + a.Length > b.Index)
        {
            return xml;
        }

        return new StringBuilder(xml.Length)
            .Append(xml, 0, a.Index).Append(b.Value)
            .Append(xml, a.Index + a.Length, b.Index - a.Index - a.Length).Append(a.Value)
            .Append(xml, b.Index + b.Length, xml.Length - b.Index - b.Length)
            .ToString();
    }

    [GeneratedRegex("\"[^\"<>]*\"")]
    private static partial Regex AttributeValue();
}
