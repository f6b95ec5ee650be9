using Register.Api.Features.Activities;
using Register.Api.Infrastructure.Errors;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Shared;

/// <summary>An operation's refusal as the interface shows it: a headline in the user's language, the operation's own detail,
/// the field errors of a 400 and the blocking findings of a 422.</summary>
public sealed record Problem(int Status, string Headline, string Detail, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyList<FindingResponse> Findings)
{
    public static Problem From(ApiException refusal) => new(
        refusal.Status,
        HeadlineFor(refusal.Status),
        refusal.Message,
        refusal is InvalidRequestException invalid ? new Dictionary<string, string[]>(invalid.Errors, StringComparer.OrdinalIgnoreCase) : new Dictionary<string, string[]>(),
        refusal.Extensions.TryGetValue("findings", out var findings) && findings is IReadOnlyList<FindingResponse> list ? list : []);

    public bool IsStale => Status == 412;

    /// <summary>
    /// The messages for a field and the fields inside it: <c>purposes[0]</c> takes <c>purposes[0].text</c>, and a list's
    /// field takes its items' (<c>subjectCategoryCodes</c> takes <c>subjectCategoryCodes[1]</c>, an unknown code).
    /// </summary>
    public IEnumerable<string> For(string field) => Errors
        .Where(e => e.Key.Equals(field, StringComparison.OrdinalIgnoreCase)
                    || e.Key.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase)
                    || (e.Key.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase) && e.Key.IndexOf('.', field.Length) < 0))
        .SelectMany(e => e.Value);

    private static string HeadlineFor(int status) => status switch
    {
        400 => T("Проверьте отмеченные поля.", "Check the fields marked."),
        403 => T("Ваша роль не позволяет это сделать.", "Your role may not do this."),
        404 => T("Не найдено.", "Not found."),
        409 => T("Конфликт с текущим состоянием.", "This conflicts with the current state."),
        412 => T("Кто-то сохранил изменения раньше вас.", "Someone else saved first."),
        422 => T("Правила реестра не позволяют это сделать.", "The register's rules do not allow this."),
        428 => T("Нужна версия записи.", "The version is required."),
        _ => T("Операция не выполнена.", "The operation was refused."),
    };
}
