using System.Text;
using LaiChau.Workflows.Bpmn;

namespace LaiChau.Workflows.Tests.Bpmn;

/// <summary>Untrusted input is refused with one clean diagnostic: no exception, no entity expansion, no file access.</summary>
public sealed class HostileInputTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="&lol4;" /></bpmn:definitions>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE d [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p" name="&xxe;" /></bpmn:definitions>
        """;

    public static TheoryData<string, string> Cases() => new()
    {
        { BillionLaughs, BpmnErrors.DtdProhibited.Code },
        { ExternalEntity, BpmnErrors.DtdProhibited.Code },
        { "", BpmnErrors.Empty.Code },
        { "   \n\t ", BpmnErrors.Empty.Code },
        { "<html><body>không phải BPMN</body></html>", BpmnErrors.NotBpmn.Code },
        { "<definitions xmlns=\"http://example.org/other\" />", BpmnErrors.NotBpmn.Code },
        { "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">", BpmnErrors.MalformedXml.Code },
        { "\u0001\u0002\u00ff\ufffd PK\u0003\u0004 garbage", BpmnErrors.MalformedXml.Code },
        { TestBpmn.Process("<bpmn:task id=\"a\0b\" />"), BpmnErrors.MalformedXml.Code },
        { Nested(10_000), BpmnErrors.TooDeep.Code },
        { new string(' ', 6 * 1024 * 1024) + "<x/>", BpmnErrors.TooLarge.Code },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_OfHostileInput_ReturnsOneDiagnosticAndNoDefinition(string xml, string code)
    {
        var read = BpmnReader.Read(xml);
        var check = BpmnValidator.Validate(xml, TestExpressionSyntax.Instance);

        Assert.Null(read.Definition);
        Assert.Equal(code, Assert.Single(read.Errors).Code);
        Assert.Equal(code, Assert.Single(check.Errors).Code);
    }

    [Fact]
    public void Read_OfExternalEntity_NeverShowsTheFileContent()
    {
        var error = Assert.Single(BpmnReader.Read(ExternalEntity).Errors);

        Assert.DoesNotContain("root:", error.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OfStreamOverTheLimit_IsRefusedBeforeParsing()
    {
        using var stream = new MemoryStream(new byte[BpmnReader.MaxBytes + 10]);

        Assert.Equal(BpmnErrors.TooLarge.Code, Assert.Single(BpmnReader.Read(stream).Errors).Code);
    }

    [Fact]
    public void Read_OfStreamWithByteOrderMark_ReadsTheModel()
    {
        var xml = TestBpmn.Around("<bpmn:task id=\"n\" name=\"Bước 1\" />");
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(xml)]);

        var read = BpmnReader.Read(stream);

        Assert.True(read.IsSuccess, string.Join("; ", read.Errors));
    }

    [Fact]
    public void Read_OfVietnameseIdsNamesAndDirectionMarks_KeepsThemExactly()
    {
        const string name = "Tiếp nhận phản ánh \u200F\u202Eđảo\u202C của người dân";
        var xml = "\uFEFF" + TestBpmn.Around($"<bpmn:task id=\"n\" name=\"{name}\" />").Replace("\"start\"", "\"Bắt_đầu\"", StringComparison.Ordinal);

        var check = BpmnValidator.Validate(xml, TestExpressionSyntax.Instance);

        Assert.True(check.IsValid, string.Join("; ", check.Errors));
        var process = check.Definition!.Processes.Single();
        Assert.Equal(name, process.FindNode("n")!.Name);
        Assert.NotNull(process.FindNode("Bắt_đầu"));
        Assert.Equal("Quy trình thử", process.Name);
    }

    [Fact]
    public void Read_OfNestingWithinTheLimit_IsNotRefusedForDepth()
    {
        var check = BpmnReader.Read(Nested(50));

        Assert.DoesNotContain(check.Errors, e => e.Code == BpmnErrors.TooDeep.Code);
    }

    [Fact]
    public void Validate_OfLargeProcessJustUnderTheLimit_ChecksEveryNode()
    {
        // 20,000 tasks in a chain (about 2 MB): the rules use per-scope indexes, so this stays linear.
        var body = new StringBuilder("<bpmn:startEvent id=\"t0\" />");
        for (var i = 1; i <= 20_000; i++)
        {
            body.Append($"<bpmn:task id=\"t{i}\" /><bpmn:sequenceFlow id=\"f{i}\" sourceRef=\"t{i - 1}\" targetRef=\"t{i}\" />\n");
        }

        var check = BpmnValidator.Validate(TestBpmn.Process(body.Append("<bpmn:task id=\"lost\" />").ToString()), TestExpressionSyntax.Instance);

        var error = Assert.Single(check.Errors);
        Assert.Equal(("BPMN-FLOW-003", "lost"), (error.Code, error.ElementId));
    }

    private static string Nested(int depth)
    {
        var builder = new StringBuilder("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("<bpmn:subProcess>");
        }

        for (var i = 0; i < depth; i++)
        {
            builder.Append("</bpmn:subProcess>");
        }

        return builder.Append("</bpmn:definitions>").ToString();
    }
}
