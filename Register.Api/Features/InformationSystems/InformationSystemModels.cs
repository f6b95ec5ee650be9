using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Catalogs;
using Register.Domain.Systems;

namespace Register.Api.Features.InformationSystems;

public static class InformationSystemRoutes
{
    public const string Collection = "/api/information-systems";
    public const string Item = "/api/information-systems/{code}";
    public const string Tag = "Information systems";
    public const string Entity = "information system";

    public static string For(string code) => $"{Collection}/{Uri.EscapeDataString(code)}";
}

/// <summary>The body of POST and PUT. On PUT the code comes from the route; a different one in the body is refused.</summary>
public sealed record InformationSystemRequest(
    string? Code, string? Name, InformationSystemKind? Kind, bool? ConnectedToPublicNetwork, string? OwnerDepartmentCode) : ICatalogRequest;

/// <summary>
/// An information resource as recorded, plus what the register computes on every read from the entries that
/// use it (retired ones excluded): the NPDPC category, the OAC class (Order No. 66) and whether the system must
/// be entered in the state register of operators (Decree 422 sp. 3.6). <see cref="EstimatedSubjects"/> is the
/// sum of the entries' estimates, an upper bound.
/// </summary>
public sealed record InformationSystemResponse(
    string Code,
    string Name,
    InformationSystemKind Kind,
    bool ConnectedToPublicNetwork,
    string? OwnerDepartmentCode,
    NpdpcCategory? NpdpcCategory,
    string? OacClass,
    string OacClassReason,
    OacClassGround OacClassGround,
    bool OperatorRegistryRequired,
    IReadOnlyList<OperatorRegistryReason> OperatorRegistryReasons,
    int EstimatedSubjects,
    int Version) : ICatalogResponse;

public sealed class InformationSystemRequestValidator : AbstractValidator<InformationSystemRequest>
{
    public InformationSystemRequestValidator()
    {
        RuleFor(r => r.Code).CatalogCode();
        RuleFor(r => r.Name).NotEmpty().PlainText(500);
        RuleFor(r => r.Kind).RequiredKebabEnum();
        RuleFor(r => r.ConnectedToPublicNetwork).NotNull();
        RuleFor(r => r.OwnerDepartmentCode).CatalogCode();
    }
}

public sealed record ListInformationSystemsQuery : PageQuery
{
    /// <summary>Text in the code or name, case-insensitive (Cyrillic too).</summary>
    public string? Q { get; init; }

    /// <summary><c>electronic</c> or <c>paper</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The code of the owning department.</summary>
    public string? OwnerDepartment { get; init; }

    /// <summary>Only the systems that must (true) or need not (false) be entered in the state register of operators.</summary>
    public bool? OperatorRegistryRequired { get; init; }
}

public sealed class ListInformationSystemsQueryValidator : AbstractValidator<ListInformationSystemsQuery>
{
    public ListInformationSystemsQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Q).PlainText(200);
        RuleFor(q => q.Kind).KebabEnumName<ListInformationSystemsQuery, InformationSystemKind>();
        RuleFor(q => q.OwnerDepartment).CatalogCode();
    }
}

/// <summary>An information_systems row as stored; it never leaves the data layer.</summary>
internal sealed class InformationSystemRow
{
    public const string Columns = "code AS Code, name AS Name, kind AS Kind, connected_to_public_network AS ConnectedToPublicNetwork, " +
                                  "owner_department_code AS OwnerDepartmentCode, version AS Version";

    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public bool ConnectedToPublicNetwork { get; init; }
    public string? OwnerDepartmentCode { get; init; }
    public int Version { get; init; }

    public InformationSystemResponse ToResponse(SystemAssessment assessment) => new(
        Code, Name, KebabEnum.Parse<InformationSystemKind>(Kind), ConnectedToPublicNetwork, OwnerDepartmentCode,
        assessment.NpdpcCategory, assessment.OacClass, assessment.OacClassReason, assessment.OacClassGround,
        assessment.OperatorRegistryRequired, assessment.OperatorRegistryReasons, assessment.EstimatedSubjects,
        Version);
}
