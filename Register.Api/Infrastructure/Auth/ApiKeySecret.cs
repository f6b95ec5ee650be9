using System.Security.Cryptography;
using System.Text;

namespace Register.Api.Infrastructure.Auth;

/// <summary>
/// An API key: <c>rk_&lt;prefix&gt;_&lt;secret&gt;</c>. The prefix (10 random hex characters) is a public handle
/// that finds the key's row; the secret is 256 random bits. Only the SHA-256 of the whole key is stored: a
/// fast hash is enough for a secret with this much entropy (it cannot be guessed, only stolen).
/// </summary>
public sealed record ApiKeySecret(string Key, string Prefix, string Hash)
{
    private const string Scheme = "rk";

    public static ApiKeySecret Generate()
    {
        var prefix = Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"{Scheme}_{prefix}_{secret}";
        return new ApiKeySecret(key, prefix, HashOf(key));
    }

    /// <summary>The prefix of a presented key, or null when it is not shaped like one of ours.</summary>
    public static string? PrefixOf(string presented)
    {
        var parts = presented.Split('_', 3);
        return parts is [Scheme, { Length: 10 } prefix, { Length: >= 40 }] && prefix.All(Uri.IsHexDigit) ? prefix : null;
    }

    public static string HashOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Constant-time comparison, so timing does not reveal how much of a guessed key was right.</summary>
    public static bool Matches(string presented, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(presented)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
