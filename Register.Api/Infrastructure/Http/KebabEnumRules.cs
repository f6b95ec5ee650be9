using FluentValidation;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Infrastructure.Http;

/// <summary>Validation of the contract's enumerations, with the allowed kebab names in the message.</summary>
public static class KebabEnumRules
{
    /// <summary>
    /// A filter that arrives as query text: absent, or exactly one of the kebab names. Bound as a string because
    /// minimal-API enum binding accepts member names and numbers ("BiometricGenetic", "3"), not the contract's names.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> KebabEnumName<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.Must(text => text is null || KebabEnum.TryParse<TEnum>(text, out _))
            .WithMessage(_ => ForReader.Text($"Выберите одно из значений: {KebabEnum.Allowed<TEnum>()}.", $"'{{PropertyName}}' must be one of: {KebabEnum.Allowed<TEnum>()}."));

    /// <summary>A required enumeration in a JSON body; the JSON converter has already refused values outside it.</summary>
    public static IRuleBuilderOptions<T, TEnum?> RequiredKebabEnum<T, TEnum>(this IRuleBuilder<T, TEnum?> rule) where TEnum : struct, Enum =>
        rule.NotNull().WithMessage(_ => ForReader.Text($"Заполните это поле — одно из значений: {KebabEnum.Allowed<TEnum>()}.", $"'{{PropertyName}}' must not be empty; one of: {KebabEnum.Allowed<TEnum>()}."));
}
