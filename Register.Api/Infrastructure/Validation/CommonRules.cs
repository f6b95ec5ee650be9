using FluentValidation;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Infrastructure.Validation;

public static partial class CommonRules
{
    /// <summary>The contract's catalog code: <c>^[a-z0-9][a-z0-9.-]{0,63}$</c>.</summary>
    public const string CodePattern = "^[a-z0-9][a-z0-9.-]{0,63}$";

    public static IRuleBuilderOptions<T, string?> CatalogCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(CodePattern)
            .WithMessage(_ => ForReader.Text("Код: от 1 до 64 символов — строчные латинские буквы, цифры, «.» и «-»; первый символ — буква или цифра.", "'{PropertyName}' must be 1-64 characters of lower-case Latin letters, digits, '.' and '-', starting with a letter or digit."));

    /// <summary>Text a person typed: bounded, and free of control characters that break reports and exports.</summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength)
            .Must(text => text is null || !text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            .WithMessage(_ => ForReader.Text("Уберите из текста управляющие (непечатаемые) символы.", "'{PropertyName}' must not contain control characters."));
}
