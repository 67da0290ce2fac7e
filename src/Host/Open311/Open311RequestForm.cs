using System.Text.Json.Serialization;

namespace LaiChau.Host.Open311;

/// <summary>
/// The fields of <c>POST requests</c> as GeoReport v2 names them (form-encoded or multipart with files in <c>media</c>),
/// for the API description; the endpoint reads the form itself.
/// </summary>
public sealed record Open311RequestForm(
    [property: JsonPropertyName("api_key")] string ApiKey,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("jurisdiction_id")] string? JurisdictionId,
    [property: JsonPropertyName("lat")] double? Lat,
    [property: JsonPropertyName("long")] double? Long,
    [property: JsonPropertyName("address_string")] string? AddressString,
    [property: JsonPropertyName("first_name")] string? FirstName,
    [property: JsonPropertyName("last_name")] string? LastName,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("attribute[commune]")] string? Commune,
    [property: JsonPropertyName("attribute[confidential]")] bool? Confidential,
    [property: JsonPropertyName("attribute[contact_consent]")] bool? ContactConsent,
    [property: JsonPropertyName("media")] IFormFileCollection? Media,
    [property: JsonPropertyName("media_url")] string? MediaUrl);
