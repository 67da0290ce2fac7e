namespace LaiChau.Host.Reports.Staff;

/// <summary>Masked contact details for staff views (R5.5): enough to tell reporters apart, not to reach them.</summary>
public static class ContactMasks
{
    /// <summary>"Nguyễn Văn An" → "N. V. A."</summary>
    public static string Name(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => $"{char.ToUpperInvariant(w[0])}."));

    /// <summary>"0912345678" → "091****678"</summary>
    public static string Phone(string phone) =>
        phone.Length <= 6 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 6) + phone[^3..];

    /// <summary>"an.nguyen@example.vn" → "a***@example.vn"</summary>
    public static string? Email(string? email) => email is null ? null
        : email.IndexOf('@', StringComparison.Ordinal) is var at and > 0 ? email[0] + "***" + email[at..] : "***";
}
