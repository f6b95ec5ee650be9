using FluentValidation;
using Register.Api.Infrastructure.Localization;
using Register.Api.Infrastructure.Validation;
using Register.Domain.Activities;

namespace Register.Api.Features.Activities;

/// <summary>
/// The shape of an activity: codes, enumerations, dates, periods, counts and lengths. Completeness and the
/// law's rules are not checked here: a draft may be incomplete, and those are findings (Register.Domain).
/// Whether each code exists is checked against the catalogs by <see cref="ActivityReferences"/>.
/// </summary>
public sealed class ActivityRequestValidator : AbstractValidator<ActivityRequest>
{
    public const int MaxCodes = 100;
    public const int MaxDataCategories = 200;
    public const int MaxPurposes = 50;
    public const int MaxBasesPerPurpose = 20;
    public const int MaxRecipients = 100;
    public const int MaxAccessPositions = 100;
    public const int MaxEstimatedSubjects = 100_000_000;
    private static readonly DateOnly EarliestDate = new(1900, 1, 1);
    private static readonly DateOnly LatestDate = new(2200, 12, 31);

    public ActivityRequestValidator()
    {
        // Optional on POST: the register proposes one from the title. A PUT repeats the entry's code (Activities.UpdateAsync).
        RuleFor(r => r.Code).CatalogCode();
        RuleFor(r => r.Title).NotEmpty().PlainText(500);
        RuleFor(r => r.Description).PlainText(4000);
        RuleFor(r => r.DepartmentCode).CatalogCode();
        CodeList(RuleFor(r => r.SubjectCategoryCodes), MaxCodes);
        CodeList(RuleFor(r => r.InformationSystemCodes), MaxCodes);
        CodeList(RuleFor(r => r.ActionCodes), MaxCodes);
        CodeList(RuleFor(r => r.ProtectionMeasureCodes), MaxCodes);

        RuleFor(r => r.DataCategories).Must(d => d is null || d.Count <= MaxDataCategories)
            .WithMessage(_ => ForReader.Text($"Не более {MaxDataCategories} категорий персональных данных.", $"At most {MaxDataCategories} data categories."))
            .Must(d => d is null || Unique(d.Select(x => x?.Code))).WithMessage(_ => ForReader.Text("Каждую категорию персональных данных можно указать только один раз.", "A data category may appear only once."));
        RuleForEach(r => r.DataCategories).NotNull().ChildRules(item =>
        {
            item.RuleFor(d => d!.Code).NotEmpty().CatalogCode();
            item.RuleFor(d => d!.Retention!).SetValidator(new RetentionRequestValidator()).When(d => d!.Retention is not null);
        });

        RuleFor(r => r.Purposes).Must(p => p is null || p.Count <= MaxPurposes).WithMessage(_ => ForReader.Text($"Не более {MaxPurposes} целей обработки.", $"At most {MaxPurposes} purposes."));
        RuleForEach(r => r.Purposes).NotNull().ChildRules(purpose =>
        {
            purpose.RuleFor(p => p!.Text).PlainText(2000);
            purpose.RuleFor(p => p!.LegalReference).PlainText(1000);
            CodeList(purpose.RuleFor(p => p!.LegalBasisCodes), MaxBasesPerPurpose);
        });

        RuleFor(r => r.Recipients).Must(p => p is null || p.Count <= MaxRecipients).WithMessage(_ => ForReader.Text($"Не более {MaxRecipients} получателей.", $"At most {MaxRecipients} recipients."));
        RuleForEach(r => r.Recipients).NotNull().ChildRules(recipient =>
        {
            recipient.RuleFor(x => x!.Code).NotEmpty().CatalogCode();
            recipient.RuleFor(x => x!.Transfer!).ChildRules(transfer =>
            {
                transfer.RuleFor(t => t.CountryCode).NotEmpty().CatalogCode();
                transfer.RuleFor(t => t.LegalBasisCode).CatalogCode();
            }).When(x => x!.Transfer is not null);
        });

        RuleFor(r => r.Retention!).SetValidator(new RetentionRequestValidator()).When(r => r.Retention is not null);
        RuleFor(r => r.StartDate).InclusiveBetween(EarliestDate, LatestDate).When(r => r.StartDate is not null);
        RuleFor(r => r.ReviewDueDate).InclusiveBetween(EarliestDate, LatestDate).When(r => r.ReviewDueDate is not null);
        RuleFor(r => r.TerminationCondition).PlainText(2000);
        RuleFor(r => r.AccessPositions).Must(p => p is null || p.Count <= MaxAccessPositions).WithMessage(_ => ForReader.Text($"Не более {MaxAccessPositions} должностей.", $"At most {MaxAccessPositions} positions."));
        RuleForEach(r => r.AccessPositions).NotEmpty().PlainText(300);
        RuleFor(r => r.EstimatedSubjects).InclusiveBetween(0, MaxEstimatedSubjects).When(r => r.EstimatedSubjects is not null);
    }

    private static void CodeList<T>(IRuleBuilderInitial<T, IReadOnlyList<string?>?> rule, int max) =>
        rule.Must(codes => codes is null || codes.Count <= max).WithMessage(_ => ForReader.Text($"Не более {max} кодов.", $"At most {max} codes."))
            .Must(codes => codes is null || codes.All(c => c is not null && System.Text.RegularExpressions.Regex.IsMatch(c, CommonRules.CodePattern)))
            .WithMessage(_ => ForReader.Text("Каждый код — код справочника: строчные латинские буквы, цифры, «.» и «-».", "Every code must be a catalog code (lower-case Latin letters, digits, '.' and '-')."))
            .Must(codes => codes is null || Unique(codes)).WithMessage(_ => ForReader.Text("Каждый код можно указать только один раз.", "A code may appear only once."));

    private static bool Unique(IEnumerable<string?> codes)
    {
        var seen = new HashSet<string?>(StringComparer.Ordinal);
        return codes.All(seen.Add);
    }
}

public sealed class RetentionRequestValidator : AbstractValidator<RetentionRequest>
{
    public RetentionRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull();
        RuleFor(r => r.Period).MaximumLength(40)
            .Must(p => p is null || IsoPeriod.TryParse(p, out _))
            .WithMessage(_ => ForReader.Text("Укажите срок в формате ISO 8601, например P30D (30 дней), P1Y (1 год) или P1Y6M (1 год и 6 месяцев).", "'{PropertyName}' must be an ISO-8601 duration such as P30D, P1Y or P1Y6M."));
        RuleFor(r => r.Event).PlainText(2000);
        RuleFor(r => r.Reference).PlainText(2000);
    }
}
