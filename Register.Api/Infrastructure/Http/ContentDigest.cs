using System.Security.Cryptography;

namespace Register.Api.Infrastructure.Http;

/// <summary>
/// The SHA-256 of a response's bytes in both the header the contract names and its successor: <c>Digest:
/// sha-256=&lt;base64&gt;</c> (RFC 3230, the instance digest) and <c>Repr-Digest: sha-256=:&lt;base64&gt;:</c> (RFC 9530,
/// which obsoletes it; a structured-field byte sequence). The bytes are sent whole and unencoded, so the instance,
/// the representation and the content are the same bytes, and both headers hold the same digest.
/// </summary>
public static class ContentDigest
{
    public static void Set(HttpResponse response, byte[] content)
    {
        var digest = Convert.ToBase64String(SHA256.HashData(content));
        response.Headers["Digest"] = $"sha-256={digest}";
        response.Headers["Repr-Digest"] = $"sha-256=:{digest}:";
    }
}
