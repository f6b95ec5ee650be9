using System.Text.Json;
using System.Text.Json.Serialization;

namespace Register.Api.Infrastructure.Http;

/// <summary>The API's JSON conventions (camelCase, kebab-case enumerations), shared by HTTP and by stored documents.</summary>
public static class RegisterJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new KebabEnumConverterFactory());
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.MaxDepth = 32;
        return options;
    }
}
