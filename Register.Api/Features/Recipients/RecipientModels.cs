using FluentValidation;
using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Catalogs;

namespace Register.Api.Features.Recipients;

public static class RecipientRoutes
{
    public const string Collection = "/api/recipients";
    public const string Item = "/api/recipients/{code}";
    public const string Tag = "Recipients";
    public const string Entity = "recipient";

    public static string For(string code) => $"{Collection}/{Uri.EscapeDataString(code)}";
}

/// <summary>
/// The Art. 7 terms of the contract with a recipient (an authorized person must have one; for others it is
/// recorded if the officer has it). Lists are nullable so that a null entry reaches the validator as a 400.
/// </summary>
public sealed record RecipientContractRequest(
    string? Number,
    DateOnly? Date,
    string? Purposes,
    IReadOnlyList<string?>? Actions,
    bool? Confidentiality,
    IReadOnlyList<string?>? Measures);

/// <summary>
/// The body of POST and PUT. On PUT the code comes from the route; a different one in the body is refused. An authorized
/// person acts under a contract (the default), an act of legislation or a state body's decision (Law 99-З ст. 7 п. 1):
/// <c>authorityKind</c> says which, and for the latter two <c>documentReference</c> names the document (a contract is named by
/// <c>contract.number</c>). <c>contract</c> holds the ст. 7 п. 1 terms of whichever document applies.
/// </summary>
public sealed record RecipientRequest(
    string? Code, string? Name, RecipientKind? Kind, string? CountryCode, RecipientContractRequest? Contract,
    AuthorityKind? AuthorityKind = null, string? DocumentReference = null) : ICatalogRequest;

public sealed record RecipientContractResponse(
    string? Number,
    DateOnly? Date,
    string? Purposes,
    IReadOnlyList<string> Actions,
    bool Confidentiality,
    IReadOnlyList<string> Measures);

/// <summary>A recipient; <see cref="Contract"/> is null when no terms are recorded.</summary>
public sealed record RecipientResponse(
    string Code, string Name, RecipientKind Kind, string? CountryCode, RecipientContractResponse? Contract,
    AuthorityKind AuthorityKind, string? DocumentReference, int Version) : ICatalogResponse;

public sealed class RecipientRequestValidator : AbstractValidator<RecipientRequest>
{
    public RecipientRequestValidator()
    {
        RuleFor(r => r.Code).CatalogCode();
        RuleFor(r => r.Name).NotEmpty().PlainText(500);
        RuleFor(r => r.Kind).RequiredKebabEnum();
        RuleFor(r => r.CountryCode).CatalogCode();
        RuleFor(r => r.Contract!).SetValidator(new RecipientContractRequestValidator()).When(r => r.Contract is not null);
        RuleFor(r => r.DocumentReference).PlainText(500);
        // Two numbers for one document would compete: a contract is named by its number, another document by its reference.
        RuleFor(r => r.DocumentReference).Null().When(r => (r.AuthorityKind ?? AuthorityKind.Contract) == AuthorityKind.Contract)
            .WithMessage(_ => ForReader.Text("Реквизиты указываются только для акта законодательства или решения государственного органа; договор называется своим номером.", "'documentReference' names an act of legislation or a state body's decision; a contract is named by 'contract.number'."));
        RuleFor(r => r.AuthorityKind).Must(a => a is null or AuthorityKind.Contract).When(r => r.Kind != RecipientKind.AuthorizedPerson)
            .WithMessage(_ => ForReader.Text("На основании акта законодательства или решения государственного органа действует только уполномоченное лицо (ст. 7 п. 1 Закона № 99-З).", "Only an authorized person acts under an act of legislation or a state body's decision (ст. 7 п. 1)."));
    }
}

public sealed class RecipientContractRequestValidator : AbstractValidator<RecipientContractRequest>
{
    public const int MaxActions = 20;
    public const int MaxMeasures = 50;

    public RecipientContractRequestValidator()
    {
        RuleFor(c => c.Number).PlainText(100);
        RuleFor(c => c.Purposes).PlainText(4000);
        RuleFor(c => c.Actions).Must(codes => codes is null || codes.Count <= MaxActions)
            .WithMessage(_ => ForReader.Text($"Не более {MaxActions} действий.", $"'{{PropertyName}}' must list at most {MaxActions} actions."))
            .Must(Distinct).WithMessage(_ => ForReader.Text("Каждое действие можно отметить только один раз.", "'{PropertyName}' must not list an action twice."));
        RuleForEach(c => c.Actions).NotEmpty().CatalogCode();
        RuleFor(c => c.Measures).Must(codes => codes is null || codes.Count <= MaxMeasures)
            .WithMessage(_ => ForReader.Text($"Не более {MaxMeasures} мер.", $"'{{PropertyName}}' must list at most {MaxMeasures} measures."))
            .Must(Distinct).WithMessage(_ => ForReader.Text("Каждую меру можно отметить только один раз.", "'{PropertyName}' must not list a measure twice."));
        RuleForEach(c => c.Measures).NotEmpty().CatalogCode();
    }

    private static bool Distinct(IReadOnlyList<string?>? codes) =>
        codes is null || codes.Where(c => c is not null).Distinct(StringComparer.Ordinal).Count() == codes.Count(c => c is not null);
}

public sealed record ListRecipientsQuery : PageQuery
{
    /// <summary>Text in the code or name, case-insensitive (Cyrillic too).</summary>
    public string? Q { get; init; }

    /// <summary><c>third-party</c>, <c>authorized-person</c> or <c>state-body</c>.</summary>
    public string? Kind { get; init; }

    public string? CountryCode { get; init; }
}

public sealed class ListRecipientsQueryValidator : AbstractValidator<ListRecipientsQuery>
{
    public ListRecipientsQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Q).PlainText(200);
        RuleFor(q => q.Kind).KebabEnumName<ListRecipientsQuery, RecipientKind>();
        RuleFor(q => q.CountryCode).CatalogCode();
    }
}

/// <summary>
/// A recipients row as stored; it never leaves the data layer. A contract is recorded when
/// <see cref="ContractConfidentiality"/> is not null: every recorded contract stores it (false when not stated).
/// </summary>
internal sealed class RecipientRow
{
    public const string Columns = "code AS Code, name AS Name, kind AS Kind, country_code AS CountryCode, contract_number AS ContractNumber, " +
                                  "contract_date AS ContractDate, contract_purposes AS ContractPurposes, " +
                                  "contract_confidentiality AS ContractConfidentiality, authority_kind AS AuthorityKind, " +
                                  "document_reference AS DocumentReference, version AS Version";

    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public string? CountryCode { get; init; }
    public string? ContractNumber { get; init; }
    public DateTime? ContractDate { get; init; }
    public string? ContractPurposes { get; init; }
    public bool? ContractConfidentiality { get; init; }
    public string AuthorityKind { get; init; } = "";
    public string? DocumentReference { get; init; }
    public int Version { get; init; }

    public bool HasContract => ContractConfidentiality is not null;

    public RecipientResponse ToResponse(IEnumerable<string> actions, IEnumerable<string> measures) => new(
        Code, Name, KebabEnum.Parse<RecipientKind>(Kind), CountryCode,
        HasContract
            ? new RecipientContractResponse(ContractNumber, ContractDate is { } date ? DateOnly.FromDateTime(date) : null, ContractPurposes,
                actions.ToList(), ContractConfidentiality!.Value, measures.ToList())
            : null,
        KebabEnum.Parse<AuthorityKind>(AuthorityKind), DocumentReference, Version);
}
