namespace LaiChau.Reporting.Letters;

/// <summary>
/// The signature block: authority lines such as "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", then the
/// signer's name. <see cref="Recipients"/> is the "Nơi nhận:" list ("Như trên;", …, "Lưu: VT, …").
/// </summary>
public sealed record Signature(IReadOnlyList<string> Authority, string SignerName, IReadOnlyList<string> Recipients);
