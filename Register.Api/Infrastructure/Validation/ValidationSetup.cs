using System.Reflection;
using FluentValidation;

namespace Register.Api.Infrastructure.Validation;

public static class ValidationSetup
{
    /// <summary>
    /// Registers every validator in the assembly (FluentValidation's DI package is not available here) and
    /// makes error keys the contract's camelCase field paths: <c>head.email</c>, <c>purposes[0].text</c>.
    /// </summary>
    public static IServiceCollection AddValidators(this IServiceCollection services, Assembly assembly)
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : CamelCase(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : CamelCase(member.Name);

        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                services.AddSingleton(contract, type);
            }
        }
        return services;
    }

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
