using FluentValidation;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Infrastructure.Validation;

public static class ValidationSetup
{
    /// <summary>
    /// Error keys are the contract's camelCase field paths (<c>head.email</c>, <c>purposes[0].text</c>); messages are
    /// in the reader's language (<see cref="ValidationMessages"/>).
    /// </summary>
    public static void UseRegisterConventions()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : CamelCase(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : CamelCase(member.Name);
        ValidatorOptions.Global.LanguageManager = new ValidationMessages();
    }

    /// <summary>
    /// Runs the validator as the first step of an operation: a failure is the 400 validation problem, whoever called
    /// (the API's endpoint or the web interface, which shows each message beside its field).
    /// </summary>
    public static async Task EnsureValidAsync<T>(this IValidator<T> validator, T request, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(request, cancellationToken);
        if (!result.IsValid) throw new InvalidRequestException(result.ToDictionary());
    }

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
