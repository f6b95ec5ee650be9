using FluentValidation.Resources;

namespace Register.Api.Infrastructure.Localization;

/// <summary>
/// FluentValidation's Russian texts for the validators the register uses, without the field's name: the interface
/// shows each message beside its field and an import beside its column, where a camelCase API name
/// (<c>'departmentCode'</c>) would only puzzle the reader. English keeps FluentValidation's own texts, which API
/// clients have always received.
/// </summary>
public sealed class ValidationMessages : LanguageManager
{
    public ValidationMessages()
    {
        AddTranslation("ru", "NotEmptyValidator", "Заполните это поле.");
        AddTranslation("ru", "NotNullValidator", "Заполните это поле.");
        AddTranslation("ru", "NullValidator", "Это поле должно быть пустым.");
        AddTranslation("ru", "MaximumLengthValidator", "Не длиннее {MaxLength} символов (введено {TotalLength}).");
        AddTranslation("ru", "InclusiveBetweenValidator", "Значение должно быть от {From} до {To} (введено {PropertyValue}).");
        AddTranslation("ru", "GreaterThanValidator", "Значение должно быть больше {ComparisonValue}.");
        AddTranslation("ru", "GreaterThanOrEqualValidator", "Значение должно быть не меньше {ComparisonValue}.");
        AddTranslation("ru", "LessThanOrEqualValidator", "Значение должно быть не больше {ComparisonValue}.");
        AddTranslation("ru", "EmailValidator", "Это не адрес электронной почты.");
        AddTranslation("ru", "RegularExpressionValidator", "Значение записано в неверном формате.");
        AddTranslation("ru", "PredicateValidator", "Значение не подходит.");
        AddTranslation("ru", "AsyncPredicateValidator", "Значение не подходит.");
    }
}
