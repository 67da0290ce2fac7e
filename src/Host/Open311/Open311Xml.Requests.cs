using System.Globalization;
using System.Xml;

namespace LaiChau.Host.Open311;

internal static partial class Open311Xml
{
    public static string Requests(IEnumerable<Open311Request> requests) => Write(xml =>
    {
        xml.WriteStartElement("service_requests");
        foreach (var r in requests)
        {
            xml.WriteStartElement("request");
            Field(xml, "service_request_id", r.ServiceRequestId);
            Field(xml, "status", r.Status);
            Field(xml, "status_notes", r.StatusNotes);
            Field(xml, "service_name", r.ServiceName);
            Field(xml, "service_code", r.ServiceCode);
            Field(xml, "description", r.Description);
            Field(xml, "agency_responsible", r.AgencyResponsible);
            Field(xml, "service_notice", r.ServiceNotice);
            Field(xml, "requested_datetime", r.RequestedDatetime);
            Field(xml, "updated_datetime", r.UpdatedDatetime);
            Field(xml, "expected_datetime", r.ExpectedDatetime);
            Field(xml, "address", r.Address);
            Field(xml, "address_id", r.AddressId);
            Field(xml, "zipcode", r.Zipcode);
            Field(xml, "lat", Number(r.Lat));
            Field(xml, "long", Number(r.Long));
            Field(xml, "media_url", r.MediaUrl);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    public static string Created(Open311Created created) => Write(xml =>
    {
        xml.WriteStartElement("service_requests");
        xml.WriteStartElement("request");
        Field(xml, "service_request_id", created.ServiceRequestId);
        Field(xml, "token", created.Token);
        Field(xml, "service_notice", created.ServiceNotice);
        Field(xml, "account_id", created.AccountId);
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    public static string Tokens(Open311Token token) => Write(xml =>
    {
        xml.WriteStartElement("service_requests");
        xml.WriteStartElement("request");
        Field(xml, "service_request_id", token.ServiceRequestId);
        Field(xml, "token", token.Token);
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
