using Microsoft.AspNetCore.DataProtection;

namespace LaiChau.Host.Security;

/// <summary>
/// Reporters' name, phone and e-mail at rest (R5.5): encrypted with ASP.NET Core Data Protection (AES-256-CBC +
/// HMAC-SHA256, keys rotated every 90 days and kept in the database), under one purpose so no other part of the app
/// can read them by accident. Never logged; revealing them to staff goes through an audited path.
/// </summary>
public sealed class PersonalData(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("LaiChau.PersonalData.v1");

    public string? Protect(string? value) => value is null ? null : _protector.Protect(value);

    public string? Unprotect(string? protectedValue) => protectedValue is null ? null : _protector.Unprotect(protectedValue);
}
