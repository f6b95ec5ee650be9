using System.Text.Json;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Infrastructure.Seeding;

/// <summary>JSON files embedded in the application (ReferenceData/, DemoData/), read with the API's conventions.</summary>
public static class EmbeddedJson
{
    public static T Read<T>(string resource)
    {
        var assembly = typeof(EmbeddedJson).Assembly;
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing from the build.");
        return JsonSerializer.Deserialize<T>(stream, RegisterJson.Options)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is empty.");
    }
}
