using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Errors;
using Register.Domain.Activities;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Activities;

/// <summary>
/// What a caller may do with an entry, beyond its role's endpoints: a department head sees only its departments'
/// entries (others answer 404, their existence unrevealed), drafts only there, and of the transitions only
/// submits a draft for review.
/// </summary>
internal static class ActivityAccess
{
    public static void EnsureMayDraftIn(Caller caller, string? departmentCode)
    {
        if (caller.IsDepartmentHead && !caller.CanSee(departmentCode))
        {
            throw new ForbiddenException(ForReader.Text(
                "Руководитель подразделения ведёт записи только своих подразделений: выберите одно из них.",
                "A department head records entries only for its own departments: set departmentCode to one of them."));
        }
    }

    public static void EnsureMayEdit(Caller caller, ActivityState current)
    {
        if (caller.IsDepartmentHead && current.Status != ActivityStatus.Draft)
        {
            throw new ForbiddenException(ForReader.Text(
                "Руководитель подразделения изменяет только черновики: попросите ответственного за внутренний контроль вернуть запись в черновик.",
                "A department head edits drafts only; ask the officer to return the entry to draft."));
        }
    }

    public static void EnsureMayTransition(Caller caller, ActivityState current, ActivityStatus to)
    {
        if (caller.IsDepartmentHead && !(current.Status == ActivityStatus.Draft && to == ActivityStatus.InReview))
        {
            throw new ForbiddenException(ForReader.Text(
                "Руководитель подразделения может только отправить черновик на проверку; утверждает запись ответственный за внутренний контроль.",
                "A department head may only submit a draft for review; approval is the officer's."));
        }
    }
}
