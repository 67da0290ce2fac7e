using System.Text.Json;
using System.Text.Json.Serialization;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Engine;

/// <summary>Variables in JSON documents (journal, HTTP): the value's stored JSON form.</summary>
public sealed class FeelValueJsonConverter : JsonConverter<FeelValue>
{
    public override bool HandleNull => true;

    public override FeelValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return FeelValue.FromJson(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, FeelValue value, JsonSerializerOptions options) =>
        value.WriteJson(writer);
}
