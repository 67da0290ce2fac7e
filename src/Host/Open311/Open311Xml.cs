using System.Globalization;
using System.Text;
using System.Xml;

namespace LaiChau.Host.Open311;

/// <summary>GeoReport v2's XML, the format the specification requires: a root list element, one child per item.</summary>
internal static partial class Open311Xml
{
    public static string Services(IEnumerable<Open311Service> services) => Write(xml =>
    {
        xml.WriteStartElement("services");
        foreach (var s in services)
        {
            xml.WriteStartElement("service");
            Field(xml, "service_code", s.ServiceCode);
            Field(xml, "service_name", s.ServiceName);
            Field(xml, "description", s.Description);
            Field(xml, "metadata", s.Metadata);
            Field(xml, "type", s.Type);
            Field(xml, "keywords", s.Keywords);
            Field(xml, "group", s.Group);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    public static string Definition(Open311ServiceDefinition definition) => Write(xml =>
    {
        xml.WriteStartElement("service_definition");
        Field(xml, "service_code", definition.ServiceCode);
        xml.WriteStartElement("attributes");
        foreach (var a in definition.Attributes)
        {
            xml.WriteStartElement("attribute");
            Field(xml, "variable", a.Variable);
            Field(xml, "code", a.Code);
            Field(xml, "datatype", a.Datatype);
            Field(xml, "required", a.Required);
            Field(xml, "datatype_description", a.DatatypeDescription);
            Field(xml, "order", a.Order.ToString(CultureInfo.InvariantCulture));
            Field(xml, "description", a.Description);
            xml.WriteStartElement("values");
            foreach (var v in a.Values)
            {
                xml.WriteStartElement("value");
                Field(xml, "key", v.Key);
                Field(xml, "name", v.Name);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    public static string Errors(IEnumerable<Open311Error> errors) => Write(xml =>
    {
        xml.WriteStartElement("errors");
        foreach (var e in errors)
        {
            xml.WriteStartElement("error");
            Field(xml, "code", e.Code.ToString(CultureInfo.InvariantCulture));
            Field(xml, "description", e.Description);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    public static string Discovery(Open311Discovery discovery) => Write(xml =>
    {
        xml.WriteStartElement("discovery");
        Field(xml, "changeset", discovery.Changeset);
        Field(xml, "contact", discovery.Contact);
        Field(xml, "key_service", discovery.KeyService);
        xml.WriteStartElement("endpoints");
        foreach (var e in discovery.Endpoints)
        {
            xml.WriteStartElement("endpoint");
            Field(xml, "specification", e.Specification);
            Field(xml, "url", e.Url);
            Field(xml, "changeset", e.Changeset);
            Field(xml, "type", e.Type);
            xml.WriteStartElement("formats");
            foreach (var f in e.Formats)
            {
                Field(xml, "format", f);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    internal static void Field(XmlWriter xml, string name, string? value)
    {
        xml.WriteStartElement(name);
        if (value is not null)
        {
            xml.WriteString(value);
        }

        xml.WriteEndElement();
    }

    private static void Field(XmlWriter xml, string name, bool value) => Field(xml, name, value ? "true" : "false");

    internal static string Write(Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        // StringBuilder output declares UTF-16; the body is sent as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
