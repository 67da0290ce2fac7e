using System.Security.Cryptography;
using System.Text;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary>How keys look, how they are hashed and how they are shown.</summary>
public static class ApiKeyRules
{
    public const string HeaderName = "X-Api-Key";
    public const string Scheme = "ApiKey";
    public const string KeyPrefix = "lck_";
    public const int MaxNameLength = 100;

    /// <summary>One claim per external job type the key is scoped to (<see cref="ApiKey.JobTypes"/>).</summary>
    public const string JobTypeClaim = "laichau:job-type";

    public const int MaxJobTypes = 20;
    public const int MaxJobTypeLength = 200;
    private const int HintLength = 8;

    /// <summary>256 random bits; keys carry enough entropy that a fast hash is safe to store.</summary>
    public static string Generate() =>
        KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static string Hint(string key) => key[..Math.Min(HintLength, key.Length)] + "…";

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
