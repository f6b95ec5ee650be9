using System.Data.Common;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Domain.Activities;
using Register.Domain.Rules;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Activities;

/// <summary>The steps every activity write ends with: assess the new state, keep the rules' gate, save a version.</summary>
internal static class ActivityWrites
{
    /// <summary>Statuses an entry may hold only while it has no error findings.</summary>
    public static bool RequiresNoErrors(ActivityStatus status) => status is ActivityStatus.InReview or ActivityStatus.Approved;

    public static async Task<int> InsertAsync(DbSession session, string code, ActivityContent content, string? actor, DateTime now)
    {
        try
        {
            return await ActivityStore.InsertAsync(session, code, content, actor, now);
        }
        catch (DbException exception) when (session.Dialect.IsUniqueViolation(exception))
        {
            throw new ConflictException(ForReader.Text(
                $"В реестре уже есть запись с кодом «{code}». Выберите другой код.", $"An activity with code '{code}' already exists."));
        }
    }

    /// <summary>
    /// Loads the saved state, refuses it (422, rolling the transaction back) when its status demands no error
    /// findings and it has some, and appends it to the version history.
    /// </summary>
    public static async Task<AssessedActivity> CompleteAsync(DbSession session, int id, string? actor, DateTime now, DateOnly today)
    {
        var state = (await ActivityStore.FindAsync(session, id))!;
        var assessed = await ActivityAssessor.AssessAsync(session, state, today);
        if (RequiresNoErrors(state.Status) && ActivityRules.HasErrors(assessed.Findings))
        {
            throw RulesForbid(
                $"Запись в статусе «{StatusRu(state.Status)}» не может содержать ошибок.",
                $"An entry that is {Infrastructure.Http.KebabEnum.ToKebab(state.Status)} must have no error findings.", assessed.Findings);
        }
        await ActivityVersions.SaveAsync(session, assessed.ToResponse(), state.Version, deleted: false, actor, now);
        return assessed;
    }

    public static string AuditKey(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static UnprocessableException RulesForbid(string detailRu, string detail, IEnumerable<Finding> findings) =>
        new(ForReader.Text(detailRu + " Сначала исправьте ошибки из списка замечаний.", detail + " Fix the errors listed in 'findings' first."), "findings",
            findings.Where(f => f.Severity == Severity.Error).Select(FindingResponse.From).ToList());

    /// <summary>A status as a Russian refusal names it (the interface's words for it).</summary>
    public static string StatusRu(ActivityStatus status) => status switch
    {
        ActivityStatus.Draft => "черновик",
        ActivityStatus.InReview => "на проверке",
        ActivityStatus.Approved => "утверждена",
        ActivityStatus.Retired => "выведена",
        _ => status.ToString(),
    };
}
