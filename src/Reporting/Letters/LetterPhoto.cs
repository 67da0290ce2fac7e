namespace LaiChau.Reporting.Letters;

/// <summary>A photo printed in a letter (JPEG or PNG bytes) with its caption ("Ảnh 1"), never a file id.</summary>
public sealed record LetterPhoto(byte[] Content, string Caption);
