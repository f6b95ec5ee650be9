using Microsoft.AspNetCore.Components;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Web;

namespace Register.Api.Components.Shared;

/// <summary>
/// A page or part that runs the register's operations. It hands them the session's caller and shows what they refuse:
/// the operations decide who may do what, check input and write the audit trail; the interface only presents the answer.
/// Another department's entry is "not found" here exactly as in the API; a revoked key ends the session.
/// </summary>
public abstract class OperationComponent : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _aborted = new();

    [Inject] protected RegisterSession Session { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>The last operation's refusal, shown by <see cref="ProblemMessage"/> and <see cref="FieldErrors"/>.</summary>
    protected Problem? Problem { get; set; }

    protected CancellationToken Aborted => _aborted.Token;

    /// <summary>An interactive page's "not found": it shows <see cref="NotFoundMessage"/> in place of itself.</summary>
    protected bool IsNotFound { get; private set; }

    /// <summary>The caller as it stands, to decide what to show (never what to allow: the operations do that).</summary>
    protected Caller Caller => Session.Caller;

    protected Task<T?> RunAsync<T>(Func<Caller, CancellationToken, Task<T>> operation) => RunAsync(operation, notFoundIsPage: true);

    /// <summary>
    /// Runs an operation with the caller. A refusal becomes <see cref="Problem"/> and the result is default; "not found" shows
    /// the not-found page (status 404 on a static page) unless <paramref name="notFoundIsPage"/> is false.
    /// </summary>
    protected async Task<T?> RunAsync<T>(Func<Caller, CancellationToken, Task<T>> operation, bool notFoundIsPage)
    {
        Problem = null;
        try
        {
            return await operation(await Session.CallerAsync(Aborted), Aborted);
        }
        catch (SessionEndedException)
        {
            Navigation.NavigateTo(SessionAuthentication.SignInPath + "?ended=1", forceLoad: true);
        }
        catch (NotFoundException) when (notFoundIsPage)
        {
            // A static page answers 404 with the router's not-found page; an interactive one has no router of its own.
            if (RendererInfo.IsInteractive) IsNotFound = true;
            else Navigation.NotFound();
        }
        catch (ApiException refusal)
        {
            Problem = Problem.From(refusal);
        }
        return default;
    }

    protected async Task<bool> RunAsync(Func<Caller, CancellationToken, Task> operation, bool notFoundIsPage = true) =>
        await RunAsync<bool>(async (caller, token) =>
        {
            await operation(caller, token);
            return true;
        }, notFoundIsPage);

    public virtual void Dispose()
    {
        _aborted.Cancel();
        _aborted.Dispose();
        GC.SuppressFinalize(this);
    }
}
