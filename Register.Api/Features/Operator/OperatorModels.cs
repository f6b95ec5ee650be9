using FluentValidation;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;

namespace Register.Api.Features.Operator;

public static class OperatorRoutes
{
    public const string Item = "/api/operator";
    public const string Tag = "Operator";
}

/// <summary>The person responsible for organising processing (the operator's or a branch's internal-control person).</summary>
public sealed record ResponsiblePerson(string? FullName, string? Position, string? Phone, string? Email, string? PostalAddress);

public sealed record OperatorBranch(string? Name, string? Address, ResponsiblePerson? ResponsiblePerson);

/// <summary>The body of PUT: the whole operator. Branches replace the stored ones, in the order given.</summary>
public sealed record OperatorRequest(string? Name, string? Address, string? Unp, ResponsiblePerson? ResponsiblePerson, IReadOnlyList<OperatorBranch?>? Branches);

public sealed record OperatorResponse(string Name, string? Address, string? Unp, ResponsiblePerson? ResponsiblePerson, IReadOnlyList<OperatorBranch> Branches, int Version);

public sealed class OperatorRequestValidator : AbstractValidator<OperatorRequest>
{
    public const int MaxBranches = 50;

    public OperatorRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().PlainText(500);
        RuleFor(r => r.Address).PlainText(1000);
        // The UNP (taxpayer account number) of a Belarusian organisation is nine digits.
        RuleFor(r => r.Unp).Matches("^[0-9]{9}$").WithMessage(_ => ForReader.Text("УНП состоит из девяти цифр.", "'{PropertyName}' must be nine digits."));
        RuleFor(r => r.ResponsiblePerson!).SetValidator(new ResponsiblePersonValidator()).When(r => r.ResponsiblePerson is not null);
        RuleFor(r => r.Branches).Must(branches => branches is null || branches.Count <= MaxBranches)
            .WithMessage(_ => ForReader.Text($"Не более {MaxBranches} обособленных подразделений.", $"'{{PropertyName}}' must list at most {MaxBranches} branches."));
        RuleForEach(r => r.Branches).NotNull().SetValidator(new OperatorBranchValidator()!);
    }
}

public sealed class OperatorBranchValidator : AbstractValidator<OperatorBranch>
{
    public OperatorBranchValidator()
    {
        RuleFor(b => b.Name).NotEmpty().PlainText(500);
        RuleFor(b => b.Address).PlainText(1000);
        RuleFor(b => b.ResponsiblePerson!).SetValidator(new ResponsiblePersonValidator()).When(b => b.ResponsiblePerson is not null);
    }
}

public sealed class ResponsiblePersonValidator : AbstractValidator<ResponsiblePerson>
{
    public ResponsiblePersonValidator()
    {
        RuleFor(p => p.FullName).PlainText(300);
        RuleFor(p => p.Position).PlainText(300);
        RuleFor(p => p.Phone).PlainText(50);
        RuleFor(p => p.Email).PlainText(320).EmailAddress();
        RuleFor(p => p.PostalAddress).PlainText(1000);
    }
}

/// <summary>The responsible-person columns the operator and branch rows share; rows never leave the data layer.</summary>
internal abstract class ResponsibleColumns
{
    public const string PersonColumns = "responsible_full_name AS ResponsibleFullName, responsible_position AS ResponsiblePosition, " +
                                  "responsible_phone AS ResponsiblePhone, responsible_email AS ResponsibleEmail, " +
                                  "responsible_postal_address AS ResponsiblePostalAddress";

    public string? ResponsibleFullName { get; init; }
    public string? ResponsiblePosition { get; init; }
    public string? ResponsiblePhone { get; init; }
    public string? ResponsibleEmail { get; init; }
    public string? ResponsiblePostalAddress { get; init; }

    protected ResponsiblePerson? Responsible() =>
        ResponsibleFullName is null && ResponsiblePosition is null && ResponsiblePhone is null && ResponsibleEmail is null && ResponsiblePostalAddress is null
            ? null
            : new ResponsiblePerson(ResponsibleFullName, ResponsiblePosition, ResponsiblePhone, ResponsibleEmail, ResponsiblePostalAddress);
}

internal sealed class OperatorRow : ResponsibleColumns
{
    public const string Columns = $"name AS Name, address AS Address, unp AS Unp, {PersonColumns}, version AS Version";

    public string Name { get; init; } = "";
    public string? Address { get; init; }
    public string? Unp { get; init; }
    public int Version { get; init; }

    public OperatorResponse ToResponse(IEnumerable<OperatorBranchRow> branches) =>
        new(Name, Address, Unp, Responsible(), branches.Select(b => b.ToBranch()).ToList(), Version);
}

internal sealed class OperatorBranchRow : ResponsibleColumns
{
    public const string Columns = $"name AS Name, address AS Address, {PersonColumns}";

    public string Name { get; init; } = "";
    public string? Address { get; init; }

    public OperatorBranch ToBranch() => new(Name, Address, Responsible());
}

/// <summary>The operator is one row with id 1; its branches are ordered by ordinal.</summary>
internal static class OperatorStore
{
    public const int Id = 1;

    public const string SelectSql = $"SELECT {OperatorRow.Columns} FROM operator WHERE id = @Id";

    public const string BranchesSql = $"SELECT {OperatorBranchRow.Columns} FROM operator_branches ORDER BY ordinal";

    public static async Task<OperatorResponse?> FindAsync(DbSession session)
    {
        var row = await FindRowAsync(session);
        return row?.ToResponse(await session.QueryAsync<OperatorBranchRow>(BranchesSql));
    }

    public static Task<OperatorRow?> FindRowAsync(DbSession session) =>
        session.QuerySingleOrDefaultAsync<OperatorRow>(SelectSql, new { Id });
}
