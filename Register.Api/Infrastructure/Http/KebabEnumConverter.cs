using System.Text.Json;
using System.Text.Json.Serialization;

namespace Register.Api.Infrastructure.Http;

/// <summary>
/// Enumerations in JSON exactly as the contract spells them (<c>biometric-genetic</c>): the framework's converter
/// also accepts .NET member names and numbers, which would let a client depend on spellings the contract does not
/// promise. Anything else is a JSON error, which the API answers with a 400 naming the field.
/// </summary>
public sealed class KebabEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(KebabEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class KebabEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && KebabEnum.TryParse<TEnum>(reader.GetString(), out var value)
                ? value
                // No message: System.Text.Json then writes its own "could not be converted", with the path.
                : throw new JsonException();

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(KebabEnum.ToKebab(value));
    }
}
