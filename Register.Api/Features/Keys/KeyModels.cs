using FluentValidation;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Keys;

public static class KeyRoutes
{
    public const string Collection = "/api/keys";
    public const string Item = "/api/keys/{id:int}";
    public const string Tag = "API keys";

    public static string For(int id) => $"{Collection}/{id}";
}

public sealed record CreateKeyRequest(string? Name, string? Role, IReadOnlyList<string?>? DepartmentCodes);

public sealed class CreateKeyRequestValidator : AbstractValidator<CreateKeyRequest>
{
    public CreateKeyRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().PlainText(200);
        RuleFor(r => r.Role).NotEmpty().Must(role => Roles.All.Contains(role!)).WithMessage(_ => ForReader.Text($"Роль — одно из значений: {string.Join(", ", Roles.All)}.", $"'role' must be one of: {string.Join(", ", Roles.All)}."));
        RuleFor(r => r.DepartmentCodes).Must(codes => codes is { Count: > 0 }).When(r => r.Role == Roles.DepartmentHead)
            .WithMessage(_ => ForReader.Text("Выберите хотя бы одно подразделение: ключ руководителя подразделения привязывается к подразделениям.", "A department-head key is bound to at least one department."));
        RuleFor(r => r.DepartmentCodes).Must(codes => codes is null or { Count: 0 }).When(r => r.Role != Roles.DepartmentHead)
            .WithMessage(_ => ForReader.Text("К подразделениям привязывается только ключ руководителя подразделения.", "Only a department-head key is bound to departments."));
        RuleFor(r => r.DepartmentCodes).Must(codes => codes is null || codes.Count <= 100).WithMessage(_ => ForReader.Text("Не более 100 подразделений.", "At most 100 departments."));
        RuleForEach(r => r.DepartmentCodes).NotEmpty().CatalogCode();
    }
}

/// <summary>A key as listed: never its secret.</summary>
public sealed record KeyResponse(int Id, string Name, string Role, IReadOnlyList<string> DepartmentCodes, string Prefix,
    DateTime CreatedAt, string? CreatedBy, DateTime? RevokedAt)
{
    public static KeyResponse From(ApiKeyInfo key) =>
        new(key.Id, key.Name, key.Role, key.DepartmentCodes, key.Prefix, key.CreatedAt, key.CreatedBy, key.RevokedAt);
}

/// <summary>The answer to creating a key: the only time the secret is shown.</summary>
public sealed record CreatedKeyResponse(int Id, string Name, string Role, IReadOnlyList<string> DepartmentCodes, string Prefix, DateTime CreatedAt, string Key);
