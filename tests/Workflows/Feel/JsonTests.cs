using System.Text;
using System.Text.Json;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Feel;

public sealed class JsonTests
{
    [Fact]
    public void FromJson_ThenWriteJson_RoundTrips()
    {
        const string json = """{"a":1.5,"b":"Điện Biên","c":[1,true,null],"d":{"e":false},"f":12345678901234567890.123}""";
        using var document = JsonDocument.Parse(json);
        Assert.Equal(json, Write(FeelValue.FromJson(document.RootElement)));
    }

    [Fact]
    public void WriteJson_OfTemporalValues_WritesIsoStrings()
    {
        var value = Feel.Eval("{ d: @\"2025-01-01\", t: @\"2025-01-01T10:00:00+07:00\", p: @\"P1DT2H\", m: @\"P14M\", n: 2.50 }");
        Assert.Equal("""{"d":"2025-01-01","t":"2025-01-01T10:00:00+07:00","p":"P1DT2H","m":"P1Y2M","n":2.5}""", Write(value));
    }

    [Fact]
    public void FromJson_OfObject_IsContextInOrder()
    {
        using var document = JsonDocument.Parse("""{"z":1,"a":2}""");
        var context = FeelValue.FromJson(document.RootElement).AsContext();
        Assert.Equal(["z", "a"], context.Select(e => e.Key));
    }

    [Fact]
    public void Variables_FromJson_RequireAnObject()
    {
        using var document = JsonDocument.Parse("[1]");
        Assert.Throws<ArgumentException>(() => FeelVariables.FromJson(document.RootElement));
    }

    [Fact]
    public void Equality_OfNestedValues_IsStructural()
    {
        Assert.Equal(FeelValue.Number(1.0m), FeelValue.Number(1m));
        Assert.Equal(FeelValue.Number(1.0m).GetHashCode(), FeelValue.Number(1m).GetHashCode());
        Assert.Equal(Feel.Eval("[1, {a: \"x\"}]"), Feel.Eval("[1.0, {a: \"x\"}]"));
        Assert.NotEqual(FeelValue.Number(1), FeelValue.String("1"));
        Assert.Equal(Feel.Eval("@\"2025-01-01T10:00:00+07:00\""), Feel.Eval("@\"2025-01-01T03:00:00Z\""));
    }

    private static string Write(FeelValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            value.WriteJson(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
