using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Departments;

public static class DepartmentRoutes
{
    public const string Collection = "/api/departments";
    public const string Item = "/api/departments/{code}";
    public const string Tag = "Departments";

    public static string For(string code) => $"{Collection}/{Uri.EscapeDataString(code)}";
}

public sealed record PersonContact(string? FullName, string? Position, string? Email, string? Phone);

public sealed record DepartmentResponse(string Code, string Name, string? ParentCode, PersonContact? Head, int Version) : ICatalogResponse;

/// <summary>The body of POST and PUT. On PUT the code comes from the route; a different one in the body is refused.</summary>
public sealed record DepartmentRequest(string? Code, string? Name, string? ParentCode, PersonContact? Head) : ICatalogRequest;

public sealed class DepartmentRequestValidator : AbstractValidator<DepartmentRequest>
{
    public DepartmentRequestValidator()
    {
        RuleFor(r => r.Code).CatalogCode();
        RuleFor(r => r.Name).NotEmpty().PlainText(500);
        RuleFor(r => r.ParentCode).CatalogCode();
        RuleFor(r => r.Head!).SetValidator(new PersonContactValidator()).When(r => r.Head is not null);
    }
}

public sealed record ListDepartmentsQuery : PageQuery
{
    /// <summary>Text in the code or name, case-insensitive (Cyrillic too).</summary>
    public string? Q { get; init; }

    /// <summary>Only the direct children of this department.</summary>
    public string? Parent { get; init; }
}

public sealed class ListDepartmentsQueryValidator : AbstractValidator<ListDepartmentsQuery>
{
    public ListDepartmentsQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Q).PlainText(200);
        RuleFor(q => q.Parent).CatalogCode();
    }
}

public sealed class PersonContactValidator : AbstractValidator<PersonContact>
{
    public PersonContactValidator()
    {
        RuleFor(p => p.FullName).PlainText(300);
        RuleFor(p => p.Position).PlainText(300);
        RuleFor(p => p.Email).PlainText(320).EmailAddress();
        RuleFor(p => p.Phone).PlainText(50);
    }
}

/// <summary>
/// A departments row as stored; it never leaves the data layer. Rows are classes with settable properties,
/// not positional records: Dapper then converts engine types (SQLite's Int64) to the property's type.
/// </summary>
internal sealed class DepartmentRow
{
    public const string Columns = "code AS Code, name AS Name, parent_code AS ParentCode, head_full_name AS HeadFullName, " +
                                  "head_position AS HeadPosition, head_email AS HeadEmail, head_phone AS HeadPhone, version AS Version";

    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string? ParentCode { get; init; }
    public string? HeadFullName { get; init; }
    public string? HeadPosition { get; init; }
    public string? HeadEmail { get; init; }
    public string? HeadPhone { get; init; }
    public int Version { get; init; }

    public DepartmentResponse ToResponse() => new(
        Code, Name, ParentCode,
        HeadFullName is null && HeadPosition is null && HeadEmail is null && HeadPhone is null
            ? null
            : new PersonContact(HeadFullName, HeadPosition, HeadEmail, HeadPhone),
        Version);
}
